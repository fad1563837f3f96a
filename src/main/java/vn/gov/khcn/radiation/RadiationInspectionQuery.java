package vn.gov.khcn.radiation;

/**
 * What the radiation-inspection list shows: inspections made in {@code year} (null: any year) in {@code district}
 * (null: any). The list page, the API and the export bind it from the same parameters.
 */
public record RadiationInspectionQuery(Integer year, String district) {
    public static final RadiationInspectionQuery ALL = new RadiationInspectionQuery(null, null);

    public RadiationInspectionQuery {
        district = district == null || district.isBlank() ? null : district.strip();
    }
}
