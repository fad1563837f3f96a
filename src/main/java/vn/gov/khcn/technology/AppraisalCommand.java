package vn.gov.khcn.technology;

import java.time.LocalDate;

/** Records a technology opinion; the investor is named and found or added in the organisation register. */
public record AppraisalCommand(String projectName, String investorName, LocalDate appraisedOn, Long documentId, String note,
                               Integer version) {
}
