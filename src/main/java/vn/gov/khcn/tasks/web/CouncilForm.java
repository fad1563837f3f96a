package vn.gov.khcn.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.khcn.tasks.CouncilCommand;
import vn.gov.khcn.tasks.CouncilKind;
import vn.gov.khcn.tasks.CouncilMember;

/** The council form: members are typed one a line, "Họ tên - Vai trò". */
record CouncilForm(CouncilKind kind, LocalDate formedOn, LocalDate meetingDate, String outcome, Long documentId,
                   String membersText, String reason) {

    CouncilCommand toCommand() {
        List<CouncilMember> members = new ArrayList<>();
        if (membersText != null) {
            for (String line : membersText.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int dash = line.lastIndexOf(" - ");
                members.add(dash < 0 ? new CouncilMember(line.strip(), null)
                        : new CouncilMember(line.substring(0, dash).strip(), line.substring(dash + 3).strip()));
            }
        }
        return new CouncilCommand(kind, formedOn, meetingDate, outcome, documentId, members, reason);
    }
}
