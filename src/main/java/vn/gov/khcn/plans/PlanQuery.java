package vn.gov.khcn.plans;

/**
 * What the plan list shows: the plans of {@code year} (all years when null) whose indicator code contains {@code code}.
 * The list page binds it from its query parameters, and its export from the same ones.
 */
public record PlanQuery(Integer year, String code) {
    public static final PlanQuery ALL = new PlanQuery(null, null);

    public PlanQuery {
        code = code == null || code.isBlank() ? null : code.strip();
    }
}
