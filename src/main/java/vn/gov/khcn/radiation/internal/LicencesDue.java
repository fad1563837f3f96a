package vn.gov.khcn.radiation.internal;

import org.springframework.stereotype.Component;
import vn.gov.khcn.radiation.Licence;
import vn.gov.khcn.radiation.Licences;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.RegisterDueList;

/** Radiation-work licences (the latest of each facility) expired or expiring within the horizon. */
@Component
class LicencesDue extends RegisterDueList<Licence> {
    static final String KIND = "licences";

    LicencesDue(Licences licences) {
        super(KIND, "Giấy phép công việc bức xạ hết hạn, sắp hết hạn", today -> licences.expiring(HORIZON_DAYS), Licence::unit,
                (l, today) -> new DueItem(KIND, l.unit(), "Giấy phép " + l.number(), l.facilityName(), l.expiresOn(),
                        "/radiation/licences/" + l.id()));
    }
}
