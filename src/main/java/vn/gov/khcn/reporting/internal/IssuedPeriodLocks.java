package vn.gov.khcn.reporting.internal;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.stereotype.Component;
import vn.gov.khcn.reporting.PeriodLocks;

/** Locks the periods of issued reports. Until reports can be issued, no period is locked. */
@Component
class IssuedPeriodLocks implements PeriodLocks {
    @Override
    public void checkChange(String entityType, long entityId, Collection<LocalDate> dates, String reason) {
        // Reports are issued by the reporting workflow; with none issued there is nothing to lock.
    }
}
