package vn.gov.khcn.programme;

/** What the list of monthly programmes shows: every programme, latest month first (the list has no filters). */
public record ProgrammeQuery() {
    public static final ProgrammeQuery ALL = new ProgrammeQuery();
}
