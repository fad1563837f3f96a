package vn.gov.khcn.quality;

/**
 * What the award dossier list shows: dossiers for the award of {@code year} (null: every year). The list page, the
 * API's search and the export bind it from the same query parameters.
 */
public record AwardDossierQuery(Integer year) {
    public static final AwardDossierQuery ALL = new AwardDossierQuery(null);
}
