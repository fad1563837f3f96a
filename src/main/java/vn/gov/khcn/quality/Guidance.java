package vn.gov.khcn.quality;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** Guidance given to a business on standards-metrology-quality rules. */
public record Guidance(long id, long businessId, String businessName, LocalDate guidedOn, String subject, Unit unit,
                       int version) {
}
