package vn.gov.khcn.quality;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Unit;

/** A national quality award dossier (hồ sơ Giải thưởng chất lượng quốc gia) forwarded for an enterprise. */
public record AwardDossier(long id, long enterpriseId, String enterpriseName, int awardYear, LocalDate forwardedOn,
                           String notes, Unit unit, int version) {

    /** The date reports count it by: the day it was forwarded. */
    public List<LocalDate> reportDates() {
        return List.of(forwardedOn);
    }

    /** How messages name it: the enterprise and the award year. */
    public String label() {
        return enterpriseName + " năm " + awardYear;
    }
}
