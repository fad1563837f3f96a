package vn.gov.khcn.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.gov.khcn.backup.internal.DatabaseTables.Table;
import vn.gov.khcn.backup.internal.Manifest.TableEntry;

/**
 * A restore read back after its commit, on a connection of its own: every application table's row count and
 * every attached file's SHA-256 against the manifest. The differences, in Vietnamese, each naming the table or
 * file; none when the restore is proven.
 */
public final class RestoreProof {
    /** What was read back: the tables and files that match the manifest, their rows, and every difference. */
    public record ReadBack(int tables, long rows, int files, List<String> mismatches) {
    }

    private RestoreProof() {
    }

    public static ReadBack readBack(DataSource ds, Path dataDir, Manifest manifest) throws SQLException, IOException {
        List<String> mismatches = new ArrayList<>();
        Map<String, Long> found = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true);
            for (Table t : DatabaseTables.read(c)) {
                found.put(t.name(), DatabaseTables.count(c, t.name()));
            }
        }
        long rows = 0;
        int tables = 0;
        for (TableEntry te : manifest.tables()) {
            Long n = found.remove(te.name());
            if (n == null) {
                mismatches.add("bảng " + te.name() + " không còn trong CSDL (manifest.json ghi " + te.rows() + " dòng)");
            } else if (n != te.rows()) {
                mismatches.add("bảng " + te.name() + " có " + n + " dòng, manifest.json ghi " + te.rows());
            } else {
                tables++;
                rows += n;
            }
        }
        found.forEach((table, n) -> {
            if (n != 0) {
                mismatches.add("bảng " + table + " có " + n + " dòng, bản sao lưu không có bảng này");
            }
        });
        int files = 0;
        Path dir = dataDir.resolve("files");
        for (var e : manifest.files().entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (!Files.isRegularFile(f)) {
                mismatches.add("tệp đính kèm " + e.getKey() + " không có trong " + dir);
            } else if (!Digesting.of(f).equals(e.getValue())) {
                mismatches.add("tệp đính kèm " + e.getKey() + " có mã SHA-256 khác manifest.json");
            } else {
                files++;
            }
        }
        return new ReadBack(tables, rows, files, mismatches);
    }
}
