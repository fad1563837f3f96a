package vn.gov.khcn.radiation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.radiation.Licences;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.ShortDueList;
import vn.gov.khcn.shared.Unit;

/** Radiation-work licences (the latest of each facility) expired or expiring within the horizon. */
@Component
class LicencesDue extends ShortDueList {
    static final String KIND = "licences";
    private final Licences licences;

    LicencesDue(Licences licences) {
        super(KIND, "Giấy phép công việc bức xạ hết hạn, sắp hết hạn");
        this.licences = licences;
    }

    @Override
    protected List<DueItem> all(Unit unit, LocalDate today) {
        return licences.expiring(HORIZON_DAYS).stream().filter(l -> unit == null || l.unit() == unit)
                .map(l -> new DueItem(KIND, l.unit(), "Giấy phép " + l.number(), l.facilityName(), l.expiresOn(),
                        "/radiation/licences/" + l.id()))
                .toList();
    }
}
