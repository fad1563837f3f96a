package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.List;

/** A proposal to the national intellectual-property development programme. */
public record IpProposal(long id, String title, String proposer, LocalDate proposedOn, Long documentId, int version) {

    /** The date reports count it by: the day it was proposed. */
    public List<LocalDate> reportDates() {
        return List.of(proposedOn);
    }
}
