package vn.gov.khcn.radiation;

/**
 * What the dossier list shows: dossiers received in {@code year} (null: any year) of a facility (null: every
 * facility). The list page, the API and the export bind it from the same parameters.
 */
public record DossierQuery(Integer year, Long facilityId) {
    public static final DossierQuery ALL = new DossierQuery(null, null);
}
