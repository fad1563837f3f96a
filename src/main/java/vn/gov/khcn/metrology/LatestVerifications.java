package vn.gov.khcn.metrology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code verification.superseded}: true when a later passing verification of the same serial is in the
 * register. Every write path calls it in the writer's transaction, so the due list ({@link Metrology}) reads the
 * latest passing verification of each instrument by index.
 */
@Component
class LatestVerifications {
    private static final int CHUNK = 1000;
    private static final String LATER_PASS = """
            exists (select 1 from verification w where w.serial = v.serial and w.result = 'PASS' and w.verified_on > v.verified_on)""";
    private final JdbcClient jdbc;

    LatestVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** After any change to the verifications of these serials: sets the flag of each of their verifications anew. */
    void refresh(Collection<String> serials) {
        List<String> all = new ArrayList<>(serials.stream().distinct().toList());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.sql("update verification v set superseded = " + LATER_PASS + " where v.serial in (:s)").param("s", chunk).update();
        }
    }

    /** After a bulk load: rows can only be superseded by what it added, so only its serials' rows are marked. */
    void refreshAfterImport(long importId) {
        jdbc.sql("update verification v set superseded = true where v.superseded = false"
                + " and v.serial in (select i.serial from verification i where i.import_id = :id) and " + LATER_PASS)
                .param("id", importId).update();
    }
}
