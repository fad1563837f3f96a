package vn.gov.khcn.demo;

import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * Loads the demo dataset and the demo accounts. Idempotent: the dataset is loaded in one transaction
 * that also writes its marker row, so a second run finds the marker and changes nothing.
 */
@Service
public class DemoLoader {
    static final String DATASET = "cao-bang-2021";
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final List<DemoDataContributor> contributors;

    DemoLoader(JdbcClient jdbc, UserAccounts accounts, List<DemoDataContributor> contributors) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.contributors = contributors;
    }

    /**
     * Returns true when the dataset was loaded now, false when it was already there. The dataset is written as
     * "system" (so the audit trail says), whoever calls: it is fixed data, not a user's entry.
     */
    @Transactional
    public boolean load() {
        return CurrentUser.runAsSystem(this::loadAsSystem);
    }

    private boolean loadAsSystem() {
        accounts.createDemoAccounts();
        if (isLoaded()) {
            return false;
        }
        for (DemoDataContributor c : contributors.stream().sorted(org.springframework.core.annotation.AnnotationAwareOrderComparator.INSTANCE).toList()) {
            log.info("Demo data: {}", c.getClass().getSimpleName());
            c.load();
        }
        jdbc.sql("insert into demo_dataset(name, loaded_at) values (:n, :t)")
                .param("n", DATASET).param("t", OffsetDateTime.now()).update();
        return true;
    }

    public boolean isLoaded() {
        return jdbc.sql("select count(*) from demo_dataset where name = :n").param("n", DATASET).query(Long.class).single() > 0;
    }
}
