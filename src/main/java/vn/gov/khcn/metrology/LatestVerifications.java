package vn.gov.khcn.metrology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code verification.superseded}: true when a later verification of the same serial (passing or not) is in
 * the register, so that the one row of each instrument that is not superseded is its latest verification. Every write
 * path calls it in the writer's transaction, so the due list ({@link Metrology}) reads by index the instruments in use
 * — those whose latest verification passed (one that failed may not be used until it passes again) — and their due
 * dates (decision 0022).
 */
@Component
class LatestVerifications {
    private static final int CHUNK = 1000;
    private static final String LATER = """
            exists (select 1 from verification w where w.serial = v.serial and w.verified_on > v.verified_on)""";
    private final JdbcClient jdbc;

    LatestVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** After any change to the verifications of these serials: sets the flag of each of their verifications anew. */
    void refresh(Collection<String> serials) {
        List<String> all = new ArrayList<>(serials.stream().distinct().toList());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.sql("update verification v set superseded = " + LATER + " where v.serial in (:s)").param("s", chunk).update();
        }
    }

    /** After a bulk load: rows can only be superseded by what it added, so only its serials' rows are marked. */
    void refreshAfterImport(long importId) {
        jdbc.sql("update verification v set superseded = true where v.superseded = false"
                + " and v.serial in (select i.serial from verification i where i.import_id = :id) and " + LATER)
                .param("id", importId).update();
    }
}
