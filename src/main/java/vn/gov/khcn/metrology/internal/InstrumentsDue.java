package vn.gov.khcn.metrology.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.DueItems;
import vn.gov.khcn.shared.Unit;

/** Instruments due for re-verification within the horizon or overdue: the application centre's (the register's owner). */
@Component
class InstrumentsDue implements DueItems {
    static final String KIND = "instruments";
    private final Metrology metrology;

    InstrumentsDue(Metrology metrology) {
        this.metrology = metrology;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String label() {
        return "Phương tiện đo đến hạn kiểm định lại";
    }

    @Override
    public long count(Unit unit, LocalDate today) {
        return unit == null || Metrology.OWNER.equals(unit) ? metrology.dueCount(HORIZON_DAYS) : 0;
    }

    @Override
    public List<DueItem> items(Unit unit, LocalDate today, int offset, int limit) {
        if (unit != null && !Metrology.OWNER.equals(unit)) {
            return List.of();
        }
        return metrology.due(HORIZON_DAYS, offset, limit).stream()
                .map(d -> new DueItem(KIND, Metrology.OWNER, d.serial() + " — " + d.typeName(), d.ownerName(), d.nextDueOn(),
                        "/metrology/verifications/" + d.verificationId()))
                .toList();
    }
}
