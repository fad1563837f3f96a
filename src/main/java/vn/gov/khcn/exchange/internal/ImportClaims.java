package vn.gov.khcn.exchange.internal;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A register's import claim (exchange_import_claim): its row, held for update by an import's transaction until
 * commit, so that on every node sharing the database one import of the register writes at a time and the next one
 * finds the rows already there.
 */
@Component
class ImportClaims {
    private final JdbcClient jdbc;
    /** A savepoint inside the import's transaction: a failed insert of the claim row undoes only itself. */
    private final TransactionTemplate savepoint;

    ImportClaims(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Waits for the register's claim and holds it until the caller's transaction ends. */
    void hold(String register) {
        savepoint.executeWithoutResult(s -> {
            try {
                jdbc.sql("insert into exchange_import_claim(register) select :r where not exists "
                        + "(select 1 from exchange_import_claim where register = :r)").param("r", register).update();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // made at the same moment by an import on another node: back to the savepoint, then wait for its row
                s.setRollbackOnly();
            }
        });
        jdbc.sql("select register from exchange_import_claim where register = :r for update").param("r", register).query(String.class).single();
    }
}
