package vn.gov.khcn.identity;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The generation of the records (table {@code record_generation}, V320): a counter raised by the last statement of
 * every transaction that changed a record, just before its commit. The raise takes the counter's row lock, so
 * generations are handed out in the order of the commits: once a reader has read generation g, every change with a
 * generation up to g is committed and visible to what it reads next, and any change committed later raises the counter.
 * A value computed from the records after reading g is therefore right while the counter still reads g — across nodes
 * and processes sharing the database, which an id of the audit trail is not (ids are handed out at insert, before
 * commits that may come in another order). The lock is held only from the raise to the commit, after every other
 * statement of the transaction, so it waits on nothing and cannot close a cycle of locks.
 */
final class RecordGeneration {
    private final JdbcClient jdbc;

    RecordGeneration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("select generation from record_generation where id = 1").query(Long.class).optional().orElse(0L);
    }

    /** Raises the counter at the current transaction's commit (once however many records it changes), or now outside one. */
    void changed() {
        if (!TransactionSynchronizationManager.isActualTransactionActive() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            raise();
            return;
        }
        if (!pending()) {
            TransactionSynchronizationManager.registerSynchronization(new Raise());
        }
    }

    /** Whether the current transaction will raise the counter at its commit: it holds changes others do not see yet. */
    boolean pending() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(s -> s instanceof Raise r && r.owner() == this);
    }

    private void raise() {
        jdbc.sql("update record_generation set generation = generation + 1 where id = 1").update();
    }

    /** Runs last before the commit (lowest precedence), so the row lock it takes is the transaction's last. */
    private final class Raise implements TransactionSynchronization {
        RecordGeneration owner() {
            return RecordGeneration.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            raise();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
