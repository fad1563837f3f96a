package vn.gov.khcn.technology;

import java.time.LocalDate;

/**
 * A technology opinion as a form or the API sends it; the investor is named and found (or added) in the organisation
 * register. {@code version}: the version read, required to correct a saved opinion; {@code reason}: why, when its day
 * lies in an issued report's period.
 */
public record AppraisalCommand(String projectName, String investorName, LocalDate appraisedOn, Long documentId, String note,
                               Integer version, String reason) {
    /** A new opinion. */
    public static AppraisalCommand of(String projectName, String investorName, LocalDate appraisedOn, Long documentId, String note) {
        return new AppraisalCommand(projectName, investorName, appraisedOn, documentId, note, null, null);
    }
}
