package vn.gov.khcn.records;

import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.identity.AuditTrail;

/** Makes the {@link Register} of each kind of record a façade keeps. */
@Component
public class RecordWrites {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;

    RecordWrites(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
    }

    /** The write path of {@code type}; {@code load} reads one record by id (a NotFoundException when there is none). */
    public <T> Register<T> register(RecordType<T> type, LongFunction<T> load) {
        return new Register<>(type, load, jdbc, audit, locks);
    }
}
