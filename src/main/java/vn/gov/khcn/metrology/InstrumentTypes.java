package vn.gov.khcn.metrology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.khcn.shared.Rows;

/** The vocabulary of measuring-instrument types and their verification intervals (a table the migrations fill). */
@Service
public class InstrumentTypes {
    private final JdbcClient jdbc;
    private volatile Map<String, InstrumentType> types;

    InstrumentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every type, in its display order. */
    public List<InstrumentType> all() {
        return List.copyOf(byCode().values());
    }

    /** The type of {@code code}; none for an unknown or blank code. */
    public Optional<InstrumentType> find(String code) {
        return Optional.ofNullable(code == null || code.isBlank() ? null : byCode().get(code));
    }

    private Map<String, InstrumentType> byCode() {
        Map<String, InstrumentType> m = types;
        if (m == null) {
            m = new LinkedHashMap<>();
            for (InstrumentType t : jdbc.sql("select code, name, interval_months from instrument_type order by sort_order, code")
                    .query(Rows.of(InstrumentType.class)).list()) {
                m.put(t.code(), t);
            }
            types = m;
        }
        return m;
    }
}
