package vn.gov.khcn.records;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Period locking (DHIS2's model): once a report is issued, a record dated inside its period is added or changed
 * only with a recorded reason, and the report then shows a restatement note. The report engine implements it;
 * every {@link Register} asks it before a write commits.
 */
public interface PeriodLocks {
    /**
     * Called inside the writing transaction, after the write and before it commits. Holds the reports whose period
     * covers one of {@code dates} until the transaction ends, so a report cannot be issued past a write it did not see.
     *
     * @param entityType the audit name of the record ("task", "verification"…)
     * @param entityId   its id
     * @param dates      the record's dates that count in reports, before and after the change (nulls are ignored)
     * @param reason     why the change is made; required when a date lies in an issued report's period
     * @throws vn.gov.khcn.shared.DomainException when the period is locked and no reason is given
     */
    void checkChange(String entityType, long entityId, Collection<LocalDate> dates, String reason);
}
