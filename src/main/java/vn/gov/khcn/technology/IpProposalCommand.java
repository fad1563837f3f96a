package vn.gov.khcn.technology;

import java.time.LocalDate;

/**
 * A proposal to the national IP programme as a form or the API sends it. {@code version}: the version read, required
 * to correct a saved proposal; {@code reason}: why, when its day lies in an issued report's period.
 */
public record IpProposalCommand(String title, String proposer, LocalDate proposedOn, Long documentId, Integer version, String reason) {
    /** A new proposal. */
    public static IpProposalCommand of(String title, String proposer, LocalDate proposedOn, Long documentId) {
        return new IpProposalCommand(title, proposer, proposedOn, documentId, null, null);
    }
}
