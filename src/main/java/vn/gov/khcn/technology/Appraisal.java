package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.List;

/** A technology opinion (ý kiến về công nghệ) the department gave on an investment project. */
public record Appraisal(long id, String projectName, Long investorId, String investorName, LocalDate appraisedOn,
                        Long documentId, String note, int version) {

    /** The date reports count it by: the day the opinion was given. */
    public List<LocalDate> reportDates() {
        return List.of(appraisedOn);
    }
}
