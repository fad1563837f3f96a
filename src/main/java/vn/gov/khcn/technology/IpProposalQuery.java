package vn.gov.khcn.technology;

/**
 * What the proposal list shows: proposals made in {@code year} (null: any). The list page, the API and the export
 * bind it from the same parameters.
 */
public record IpProposalQuery(Integer year) {
    public static final IpProposalQuery ALL = new IpProposalQuery(null);
}
