package vn.gov.khcn.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether the database's schema is current: every versioned migration in {@code classpath:db/migration} (the
 * location application.properties gives Flyway) is in Flyway's history table, applied successfully, and none failed.
 * One query on a connection already open, and a listing of the migration folder; no checksums (the server's start
 * validates those). A command line run that finds the schema current starts without Flyway (decision 0023); any other
 * answer — no history table, a migration missing, a failed one, a repeatable migration — lets Flyway do as at every start.
 */
final class SchemaState {
    static final String LOCATION = "classpath*:db/migration/*.sql";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");
    private static volatile Set<String> shipped;

    private SchemaState() {
    }

    /** The versions of the migrations this build ships (normalised: "1.0" and "1" are one version), null if any is repeatable. */
    static Set<String> shippedVersions() {
        Set<String> s = shipped;
        if (s == null) {
            s = new HashSet<>();
            try {
                for (Resource r : new PathMatchingResourcePatternResolver(SchemaState.class.getClassLoader()).getResources(LOCATION)) {
                    String name = r.getFilename();
                    if (name == null) {
                        continue;
                    }
                    Matcher m = VERSIONED.matcher(name);
                    if (!m.matches()) {
                        return null; // a repeatable or otherwise named migration: Flyway decides
                    }
                    s.add(normalise(m.group(1)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = s = Set.copyOf(s);
        }
        return s;
    }

    /** True when the schema behind {@code c} has every shipped migration applied and no failed one. */
    static boolean current(Connection c) {
        Set<String> want = shippedVersions();
        if (want == null || want.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (var st = c.createStatement();
             var rs = st.executeQuery("select version, success from flyway_schema_history where version is not null")) {
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(normalise(rs.getString(1)));
            }
        } catch (SQLException noHistoryYet) {
            return false;
        }
        return applied.containsAll(want);
    }

    /** Flyway's version "2.10.0" as "2.10": dots and underscores alike, numeric parts, trailing zeros dropped. */
    static String normalise(String version) {
        String[] parts = version.replace('_', '.').split("\\.");
        int n = parts.length;
        while (n > 1 && new BigInteger(parts[n - 1]).signum() == 0) {
            n--;
        }
        return String.join(".", Arrays.stream(parts, 0, n).map(p -> new BigInteger(p).toString()).toList());
    }
}
