package vn.gov.khcn.plans;

/**
 * A plan as a form or the API sends it. {@code part}: empty for the whole figure, else "DIM.KEY" of the indicator's
 * breakdown. {@code version}: the version read, required to change a saved plan; {@code reason}: why (kept in the audit).
 */
public record PlanCommand(Integer planYear, String code, String part, Long planned, String note, String source, Integer version,
                          String reason) {
    /** A new plan (no version, no reason). */
    public static PlanCommand of(Integer planYear, String code, String part, Long planned, String note, String source) {
        return new PlanCommand(planYear, code, part, planned, note, source, null, null);
    }
}
