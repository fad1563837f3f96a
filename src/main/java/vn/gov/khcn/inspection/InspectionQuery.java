package vn.gov.khcn.inspection;

/**
 * What the inspection list shows: inspections opened in {@code year} (null: every year) of {@code field} (null: every
 * field). The list page, the API's search and the exports of inspections and of the facilities they inspected bind it
 * from the same query parameters.
 */
public record InspectionQuery(Integer year, InspectionField field) {
    public static final InspectionQuery ALL = new InspectionQuery(null, null);
}
