package vn.gov.khcn.metrology;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.vocabulary.VocabularyChanged;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The measuring-instrument types and their verification intervals: the instrument-type vocabulary
 * ({@link VocabularyList#INSTRUMENT_TYPE}, a department adds its own types on the vocabulary page), read once and
 * again after a change of the list on this node, or when older than {@code khcn.vocabulary.fresh-seconds} (30 s: a
 * change made on another node of the same database).
 */
@Service
public class InstrumentTypes {
    private final JdbcClient jdbc;
    private final long freshNanos;
    private volatile Read types;

    /** The types as read, and when (System.nanoTime). */
    private record Read(Map<String, Entry> byCode, long at) {
    }

    private record Entry(InstrumentType type, boolean retired) {
    }

    private record Row(String code, String name, int intervalMonths, boolean retired) {
    }

    InstrumentTypes(JdbcClient jdbc, @Value("${khcn.vocabulary.fresh-seconds:30}") long freshSeconds) {
        this.jdbc = jdbc;
        this.freshNanos = Duration.ofSeconds(freshSeconds).toNanos();
    }

    /** The types a new verification may have (not retired), in their display order. */
    public List<InstrumentType> all() {
        return byCode().values().stream().filter(e -> !e.retired()).map(Entry::type).toList();
    }

    /** The type of {@code code}, retired or not (what saved verifications name); none for an unknown or blank code. */
    public Optional<InstrumentType> find(String code) {
        return Optional.ofNullable(code == null || code.isBlank() ? null : byCode().get(code)).map(Entry::type);
    }

    /** The list changed on the vocabulary page: read again on next use (after the change is committed). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void changed(VocabularyChanged e) {
        if (e.list() == VocabularyList.INSTRUMENT_TYPE) {
            types = null;
        }
    }

    private Map<String, Entry> byCode() {
        Read read = types;
        long now = System.nanoTime();
        if (read == null || now - read.at() >= freshNanos) {
            Map<String, Entry> m = new LinkedHashMap<>();
            for (Row t : jdbc.sql("select code, name, interval_months, retired from instrument_type order by sort_order, code")
                    .query(Rows.of(Row.class)).list()) {
                m.put(t.code(), new Entry(new InstrumentType(t.code(), t.name(), t.intervalMonths()), t.retired()));
            }
            read = new Read(m, now);
            types = read;
        }
        return read.byCode();
    }
}
