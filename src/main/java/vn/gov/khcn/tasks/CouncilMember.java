package vn.gov.khcn.tasks;

/** A council member: name and role (Chủ tịch, Phản biện, Ủy viên, Thư ký…). */
public record CouncilMember(String name, String role) {
}
