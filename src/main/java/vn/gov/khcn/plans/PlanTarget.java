package vn.gov.khcn.plans;

/**
 * The plan of one indicator for a year: for the whole figure ({@code part} null) or one part of its breakdown
 * ({@code part} "DIM.KEY", e.g. "level.PROVINCIAL"), the planned value, a note and the document that set it
 * (e.g. "Quyết định số 123/QĐ-UBND ngày 15/01/2026").
 */
public record PlanTarget(long id, int planYear, String code, String part, long planned, String note, String source, int version) {
    /** How the plan is named in messages: "tasks.accepted năm 2026" or "tasks.accepted (level.PROVINCIAL) năm 2026". */
    public String label() {
        return code + (part == null ? "" : " (" + part + ")") + " năm " + planYear;
    }
}
