package vn.gov.khcn.quality;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A national quality award dossier (hồ sơ Giải thưởng chất lượng quốc gia) forwarded for an enterprise. */
public record AwardDossier(long id, long enterpriseId, String enterpriseName, int awardYear, LocalDate forwardedOn,
                           String notes, Unit unit, int version) {
}
