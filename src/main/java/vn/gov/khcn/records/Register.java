package vn.gov.khcn.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The write path of one kind of record, the same for every register: the user must keep the owning unit's
 * records; a change names the version it was made from, and waits for or refuses whoever saved first; a record
 * dated in an issued report's period is written only with a reason; and the audit trail keeps the record before
 * and after. Call it inside the façade's transaction: everything it refuses rolls the whole write back.
 */
public final class Register<T> {
    private final RecordType<T> type;
    private final LongFunction<T> load;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;

    Register(RecordType<T> type, LongFunction<T> load, JdbcClient jdbc, AuditTrail audit, PeriodLocks locks) {
        try {
            jdbc.sql("insert into register_turn(name) select cast(:n as varchar(100)) where not exists (select 1 from register_turn where name = :n)")
                    .param("n", type.auditName()).update();
        } catch (DuplicateKeyException e) {
            // another node made it at the same moment
        }
        this.type = type;
        this.load = load;
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
    }

    public RecordType<T> type() {
        return type;
    }

    /** Checks that the signed-in user keeps the records of {@code owner}, before any input is looked at. */
    public void requireEdit(Unit owner) {
        AccessPolicy.requireEdit(CurrentUser.get(), owner, type.noun());
    }

    /**
     * Adds a record: {@code insert} checks the input and writes it, returning its id. {@code owner} is the unit the
     * new record will belong to (checked first); {@code reason} is needed when the record is dated in an issued
     * report's period. Adds and changes of one kind of record take turns (a row lock of the register), so the
     * register's rule "one record per identity", checked inside {@code insert}, holds when two clerks save the same
     * record at once; a duplicate the database still refuses (a unique index) is refused with {@code duplicate},
     * the rule in words.
     */
    public T add(Unit owner, String reason, String duplicate, LongSupplier insert) {
        return add(owner, reason, duplicate, "CREATE", insert);
    }

    /** As {@link #add(Unit, String, String, LongSupplier)}, audited as {@code action} (a domain verb such as "ISSUE"). */
    public T add(Unit owner, String reason, String duplicate, String action, LongSupplier insert) {
        requireEdit(owner);
        takeTurn();
        long id;
        try {
            id = insert.getAsLong();
        } catch (DuplicateKeyException e) {
            throw new DomainException("Đã có " + type.noun() + " này trong sổ (" + duplicate + "): không lưu thêm.");
        }
        T after = load.apply(id);
        requireEdit(type.owner().apply(after));
        String why = VietnameseText.clean(reason);
        locks.checkChange(type.auditName(), id, type.reportDates().apply(after), why);
        audit.record(type.auditName(), id, action, null, after, why);
        return after;
    }

    /**
     * Changes a saved record. {@code version} is the version the user read (required); the change waits for a
     * writer that holds the record and is refused when somebody saved it in between. {@code change} runs with the
     * record as it was and writes the new values (its SQL leaves {@code version} alone: it is raised here).
     */
    public T change(long id, Integer version, String reason, Consumer<T> change) {
        return change(id, version, reason, "UPDATE", change);
    }

    /** As {@link #change(long, Integer, String, Consumer)}, audited as {@code action}. */
    public T change(long id, Integer version, String reason, String action, Consumer<T> change) {
        T before = load.apply(id);
        requireEdit(type.owner().apply(before));
        if (version == null) {
            throw new VersionRequiredException(type.noun());
        }
        int claimed = jdbc.sql("update " + type.table() + " set version = version + 1 where id = :id and version = :v")
                .param("id", id).param("v", version).update();
        if (claimed == 0) {
            T now = load.apply(id);
            throw new ConcurrentEditException(capital(type.noun()) + " \"" + type.label().apply(now) + "\"", now,
                    audit.history(type.auditName(), id).stream().findFirst().map(a -> a.username() + ", " + Formats.dateTime(a.at()))
                            .orElse(null));
        }
        takeTurn();
        change.accept(before);
        T after = load.apply(id);
        requireEdit(type.owner().apply(after));
        List<LocalDate> dates = new ArrayList<>(type.reportDates().apply(before));
        dates.addAll(type.reportDates().apply(after));
        String why = VietnameseText.clean(reason);
        locks.checkChange(type.auditName(), id, dates, why);
        audit.record(type.auditName(), id, action, before, after, why);
        return after;
    }

    /** Waits until no other transaction is adding or changing a record of this kind, and holds the turn until commit. */
    private void takeTurn() {
        jdbc.sql("select name from register_turn where name = :n for update").param("n", type.auditName()).query(String.class).list();
    }

    /**
     * Holds a record for a write made through its children (a disbursement of a project, a sale of a product) whose
     * rule reads the children: a concurrent writer of the same record waits here until this transaction ends.
     * Returns the record as it is once held.
     */
    public T hold(long id) {
        jdbc.sql("select id from " + type.table() + " where id = :id for update").param("id", id).query(Long.class).list();
        return load.apply(id);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
