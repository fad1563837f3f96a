package vn.gov.khcn.documents.internal;

import java.time.LocalDate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The numbers of the department's outgoing register (sổ văn bản đi): one counter row a year, held until commit,
 * so that numbers taken at the same moment are distinct.
 */
@Component
public class OutgoingNumbers {
    private final JdbcClient jdbc;
    /** A savepoint inside the caller's transaction: a failed insert of a year's counter row undoes only itself. */
    private final TransactionTemplate savepoint;

    OutgoingNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Holds the year's counter and takes the next number: past the counter and the year's outgoing documents. */
    public int next(int year) {
        int last = hold(year);
        int used = jdbc.sql("select coalesce(max(number), 0) from document where outgoing = true and issued_on >= :s and issued_on < :e")
                .param("s", LocalDate.of(year, 1, 1)).param("e", LocalDate.of(year + 1, 1, 1)).query(Integer.class).single();
        int next = Math.max(last, used) + 1;
        jdbc.sql("update outgoing_number set last_number = :n where issue_year = :y").param("n", next).param("y", year).update();
        return next;
    }

    /** The year's counter row, made if missing and held (for update) until commit; its last number reserved. */
    public int hold(int year) {
        savepoint.executeWithoutResult(s -> {
            try {
                jdbc.sql("insert into outgoing_number(issue_year, last_number) select :y, 0 where not exists "
                        + "(select 1 from outgoing_number where issue_year = :y)").param("y", year).update();
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // made at the same moment by another reservation: back to the savepoint, then wait for its row below
                s.setRollbackOnly();
            }
        });
        return jdbc.sql("select last_number from outgoing_number where issue_year = :y for update").param("y", year)
                .query(Integer.class).single();
    }
}
