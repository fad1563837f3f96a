package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Period locking (DHIS2's model): once a report is issued, a record dated inside its period changes
 * only with a recorded reason, and the report then shows a restatement note. Every register calls
 * {@link #checkChange} before it changes, corrects or deletes a dated record.
 */
public interface PeriodLocks {
    /**
     * @param entityType the audit name of the record ("task", "verification"…)
     * @param entityId   its id
     * @param dates      the record's dates that count in reports, before and after the change
     * @param reason     why the change is made; required when a date lies in an issued report's period
     * @throws vn.gov.khcn.shared.DomainException when the period is locked and no reason is given
     */
    void checkChange(String entityType, long entityId, Collection<LocalDate> dates, String reason);
}
