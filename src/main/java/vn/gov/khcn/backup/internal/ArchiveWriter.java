package vn.gov.khcn.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.gov.khcn.backup.internal.DatabaseTables.Col;
import vn.gov.khcn.backup.internal.DatabaseTables.Table;

/**
 * Writes the archive: one JSON-lines entry per table in foreign-key order, read in one read-only transaction
 * (a snapshot where the database offers one), then the attached files, then manifest.json.
 */
public final class ArchiveWriter {
    /** What was written: rows per table, in archive order, and the number of attached files. */
    public record Written(Map<String, Long> rows, int files, String schemaVersion) {
    }

    private ArchiveWriter() {
    }

    public static Written write(Connection c, Path dataDir, OutputStream target, boolean withPasswords) throws SQLException, IOException {
        Map<String, String> sha = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Map<String, Object>> tableList = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            } catch (SQLException ignored) {
                // a snapshot where the database offers one
            }
            String schema = DatabaseTables.schemaVersion(c);
            for (Table t : DatabaseTables.read(c)) {
                List<Col> cols = t.columns().stream()
                        .filter(col -> withPasswords || !(t.name().equals("app_user") && col.name().equals("password_hash"))).toList();
                String entry = "tables/" + t.name() + ".jsonl";
                zip.putNextEntry(new ZipEntry(entry));
                Digesting out = new Digesting(zip);
                long n = writeRows(c, t, cols, out);
                zip.closeEntry();
                sha.put(entry, out.hex());
                counts.put(t.name(), n);
                Map<String, Object> desc = new LinkedHashMap<>();
                desc.put("name", t.name());
                desc.put("file", entry);
                desc.put("rows", n);
                desc.put("primaryKey", t.primaryKey());
                desc.put("columns", cols.stream().map(col -> Map.of("name", col.name(), "type", col.kind(), "nullable", col.nullable())).toList());
                tableList.add(desc);
            }
            c.rollback();
            int files = writeFiles(dataDir, zip, sha);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", Manifest.FORMAT);
            manifest.put("formatVersion", Manifest.FORMAT_VERSION);
            manifest.put("schemaVersion", schema);
            manifest.put("createdAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            manifest.put("passwords", withPasswords);
            manifest.put("tables", tableList);
            manifest.put("files", files);
            manifest.put("sha256", sha);
            zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
            zip.write(Manifest.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            return new Written(counts, files, schema);
        }
    }

    private static long writeRows(Connection c, Table t, List<Col> cols, OutputStream out) throws SQLException, IOException {
        String select = "select " + String.join(", ", cols.stream().map(Col::name).toList()) + " from " + t.name()
                + (t.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", t.primaryKey()));
        long n = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery(select)) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < cols.size(); i++) {
                        row.put(cols.get(i).name(), JsonCells.read(rs, i + 1, cols.get(i)));
                    }
                    out.write(Manifest.JSON.writeValueAsBytes(row));
                    out.write('\n');
                    n++;
                }
            }
        }
        return n;
    }

    private static int writeFiles(Path dataDir, ZipOutputStream zip, Map<String, String> sha) throws IOException {
        Path dir = dataDir.resolve("files");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int files = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches(Manifest.FILE_KEY)).sorted().toList()) {
                String entry = Manifest.FILES + f.getFileName();
                zip.putNextEntry(new ZipEntry(entry));
                Digesting out = new Digesting(zip);
                Files.copy(f, out);
                zip.closeEntry();
                sha.put(entry, out.hex());
                files++;
            }
        }
        return files;
    }
}
