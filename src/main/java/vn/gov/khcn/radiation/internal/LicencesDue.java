package vn.gov.khcn.radiation.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.radiation.Licences;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.DueItems;
import vn.gov.khcn.shared.Unit;

/** Radiation-work licences (the latest of each facility) expired or expiring within the horizon. */
@Component
class LicencesDue implements DueItems {
    static final String KIND = "licences";
    private final Licences licences;

    LicencesDue(Licences licences) {
        this.licences = licences;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Giấy phép công việc bức xạ hết hạn, sắp hết hạn";
    }

    @Override
    public long count(Unit unit, LocalDate today) {
        return all(unit).size();
    }

    @Override
    public List<DueItem> items(Unit unit, LocalDate today, int offset, int limit) {
        return DueItems.slice(all(unit), offset, limit);
    }

    private List<DueItem> all(Unit unit) {
        return licences.expiring(HORIZON_DAYS).stream().filter(l -> unit == null || l.unit() == unit)
                .map(l -> new DueItem(KIND, l.unit(), "Giấy phép " + l.number(), l.facilityName(), l.expiresOn(),
                        "/radiation/licences/" + l.id()))
                .toList();
    }
}
