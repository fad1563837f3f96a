package vn.gov.khcn.exchange.spi;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the rows of one import share: the reason the clerk gave for rows dated in an issued report's period (null:
 * none, and such a row is refused), and what the rows look up in other registers (an organisation by name, a
 * document by its citation, a facility by name…), each key looked up once per import. A look-up that finds nothing
 * throws a Vietnamese {@link vn.gov.khcn.shared.DomainException} for the row; it is not remembered.
 */
public final class ImportContext {
    private final Map<String, Object> found = new HashMap<>();
    private final String reason;

    public ImportContext(String reason) {
        this.reason = reason;
    }

    /** Why rows are added to a period whose report is issued, as the clerk gave it for the whole file; or null. */
    public String reason() {
        return reason;
    }

    /** The value of {@code kind} named {@code key}, found by {@code find} the first time; null for a blank key. */
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, String key, Supplier<T> find) {
        if (key == null) {
            return null;
        }
        String k = kind + "\u0000" + key;
        Object v = found.get(k);
        if (v == null) {
            v = find.get();
            if (v != null) {
                found.put(k, v);
            }
        }
        return (T) v;
    }
}
