package vn.gov.khcn.tasks;

import java.time.LocalDate;
import java.util.List;

/** Forms a council: its kind, the day of the decision forming it, the meeting, outcome, document, members. */
public record CouncilCommand(CouncilKind kind, LocalDate formedOn, LocalDate meetingDate, String outcome, Long documentId,
                             List<CouncilMember> members, String reason) {
}
