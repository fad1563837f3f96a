package vn.gov.khcn.programme;

/** Registers a month's programme: the month (YYYY-MM) and the programme document's id in the document register. */
public record ProgrammeCommand(String month, Long documentId) {
}
