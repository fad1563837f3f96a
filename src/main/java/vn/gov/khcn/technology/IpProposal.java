package vn.gov.khcn.technology;

import java.time.LocalDate;

/** A proposal to the national intellectual-property development programme. */
public record IpProposal(long id, String title, String proposer, LocalDate proposedOn, Long documentId, int version) {
}
