package vn.gov.khcn.tasks;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.documents.DocumentRef;

/** A council of a task, with its members. */
public record Council(long id, long taskId, CouncilKind kind, LocalDate formedOn, LocalDate meetingDate, String outcome,
                      DocumentRef document, List<CouncilMember> members) {
}
