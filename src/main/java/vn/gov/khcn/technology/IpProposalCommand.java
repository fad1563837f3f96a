package vn.gov.khcn.technology;

import java.time.LocalDate;

public record IpProposalCommand(String title, String proposer, LocalDate proposedOn, Long documentId, Integer version) {
}
