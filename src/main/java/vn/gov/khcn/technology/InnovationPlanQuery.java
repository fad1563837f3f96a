package vn.gov.khcn.technology;

/**
 * What the plan list shows: plans dated in {@code year} (null: any). The list page, the API and the export bind it
 * from the same parameters.
 */
public record InnovationPlanQuery(Integer year) {
    public static final InnovationPlanQuery ALL = new InnovationPlanQuery(null);
}
