package vn.gov.khcn.quality;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/** Guidance given to a business on standards-metrology-quality rules. */
public record Guidance(long id, long businessId, String businessName, LocalDate guidedOn, String subject, Unit unit,
                       int version) {

    /** The date reports count it by: the day of the guidance. */
    public List<LocalDate> reportDates() {
        return List.of(guidedOn);
    }

    /** How messages name it: the business and the day. */
    public String label() {
        return businessName + " ngày " + Formats.date(guidedOn);
    }
}
