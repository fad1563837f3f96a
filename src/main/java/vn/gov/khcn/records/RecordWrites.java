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
    private final RecordNames names;

    RecordWrites(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks, RecordNames names) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
        this.names = names;
    }

    /** The write path of {@code type}; {@code load} reads one record by id (a NotFoundException when there is none). */
    public <T> Register<T> register(RecordType<T> type, LongFunction<T> load) {
        names.add(type.auditName(), type.noun());
        return new Register<>(type, load, jdbc, audit, locks);
    }
}
