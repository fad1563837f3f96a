package vn.gov.khcn.exchange;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.exchange.internal.DatabaseTables;
import vn.gov.khcn.exchange.internal.DatabaseTables.Col;
import vn.gov.khcn.exchange.internal.DatabaseTables.Table;
import vn.gov.khcn.shared.DomainException;

/**
 * The whole database in one zip (format described in docs/exchange-format.md): one JSON-lines file per
 * application table in foreign-key order, the attached files, and manifest.json with the format and schema
 * versions, row counts and the SHA-256 of every entry. Generic over tables: they are read from JDBC metadata.
 * Restoring goes only into an empty database of the same schema version, ids preserved.
 */
public final class BackupArchive {
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    /** The hash given to restored accounts when the archive carries none: it matches no password. */
    public static final String NO_PASSWORD = "{bcrypt}!restored-without-password";
    private static final String FILE_KEY = "[0-9a-f\\-]{36}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupArchive() {
    }

    public record Summary(Map<String, Long> rows, int files, String schemaVersion, boolean passwords) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    // ---------------------------------------------------------------- export

    public static Summary export(DataSource ds, Path dataDir, OutputStream target, boolean withPasswords) {
        Map<String, String> sha = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Map<String, Object>> tableList = new ArrayList<>();
        try (Connection c = ds.getConnection(); ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            } catch (SQLException ignored) {
                // a snapshot where the database offers one
            }
            String schema = schemaVersion(c);
            List<Table> tables = DatabaseTables.read(c);
            for (Table t : tables) {
                List<Col> cols = t.columns().stream()
                        .filter(col -> withPasswords || !(t.name().equals("app_user") && col.name().equals("password_hash"))).toList();
                String entry = "tables/" + t.name() + ".jsonl";
                zip.putNextEntry(new ZipEntry(entry));
                Digesting out = new Digesting(zip);
                long n = 0;
                String select = "select " + String.join(", ", cols.stream().map(Col::name).toList()) + " from " + t.name()
                        + (t.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", t.primaryKey()));
                try (Statement st = c.createStatement()) {
                    st.setFetchSize(1000);
                    try (ResultSet rs = st.executeQuery(select)) {
                        while (rs.next()) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            for (int i = 0; i < cols.size(); i++) {
                                row.put(cols.get(i).name(), read(rs, i + 1, cols.get(i)));
                            }
                            out.write(JSON.writeValueAsBytes(row));
                            out.write('\n');
                            n++;
                        }
                    }
                }
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
            int files = 0;
            Path dir = dataDir.resolve("files");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : s.filter(p -> p.getFileName().toString().matches(FILE_KEY)).sorted().toList()) {
                        String entry = "files/" + f.getFileName();
                        zip.putNextEntry(new ZipEntry(entry));
                        Digesting out = new Digesting(zip);
                        Files.copy(f, out);
                        zip.closeEntry();
                        sha.put(entry, out.hex());
                        files++;
                    }
                }
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", "khcn-archive");
            manifest.put("formatVersion", FORMAT_VERSION);
            manifest.put("schemaVersion", schema);
            manifest.put("createdAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
            manifest.put("passwords", withPasswords);
            manifest.put("tables", tableList);
            manifest.put("files", files);
            manifest.put("sha256", sha);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            return new Summary(counts, files, schema, withPasswords);
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được CSDL: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object read(ResultSet rs, int i, Col col) throws SQLException {
        Object v = switch (col.kind()) {
            case "integer" -> rs.getLong(i);
            case "boolean" -> rs.getBoolean(i);
            case "date" -> {
                LocalDate d = rs.getObject(i, LocalDate.class);
                yield d == null ? null : d.toString();
            }
            case "timestamptz" -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                yield t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
            }
            case "timestamp" -> {
                LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                yield t == null ? null : t.toString();
            }
            case "decimal" -> rs.getBigDecimal(i);
            case "double" -> rs.getDouble(i);
            case "binary" -> {
                byte[] b = rs.getBytes(i);
                yield b == null ? null : Base64.getEncoder().encodeToString(b);
            }
            default -> rs.getString(i);
        };
        return rs.wasNull() ? null : v;
    }

    // ---------------------------------------------------------------- restore

    /** Restores an archive into an empty database; refuses (nothing written) otherwise. */
    public static Summary restore(DataSource ds, Path dataDir, Path archive) {
        String name = archive.getFileName().toString();
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry me = zip.getEntry(MANIFEST);
            if (me == null) {
                throw new DomainException("file", "Tệp \"" + name + "\" không phải bản sao lưu KHCN: thiếu manifest.json.");
            }
            JsonNode manifest = JSON.readTree(new String(zip.getInputStream(me).readAllBytes(), StandardCharsets.UTF_8));
            if (!"khcn-archive".equals(manifest.path("format").asString("")) || manifest.path("formatVersion").asInt(0) != FORMAT_VERSION) {
                throw new DomainException("file", "Tệp \"" + name + "\" không phải bản sao lưu KHCN định dạng phiên bản " + FORMAT_VERSION + ".");
            }
            verify(zip, manifest, name);
            try (Connection c = ds.getConnection()) {
                String schema = schemaVersion(c);
                String theirs = manifest.path("schemaVersion").asString("");
                if (!schema.equals(theirs)) {
                    throw new DomainException("file", "Bản sao lưu có phiên bản lược đồ CSDL " + theirs + ", CSDL đích là " + schema
                            + ": chỉ khôi phục vào CSDL cùng phiên bản (dùng bản KHCN cùng phiên bản với bản đã sao lưu).");
                }
                List<Table> tables = DatabaseTables.read(c);
                Map<String, Table> byName = new LinkedHashMap<>();
                tables.forEach(t -> byName.put(t.name(), t));
                Map<String, java.util.Set<String>> existing = existingRows(c, tables, manifest);
                c.setAutoCommit(false);
                Map<String, Long> counts = new LinkedHashMap<>();
                try {
                    for (JsonNode td : manifest.path("tables")) {
                        String tn = td.path("name").asString();
                        Table t = byName.get(tn);
                        if (t == null) {
                            throw new DomainException("file", "Bảng \"" + tn + "\" trong bản sao lưu không có trong CSDL đích.");
                        }
                        counts.put(tn, load(c, zip, td, t, existing.get(tn)));
                    }
                    for (Table t : tables) {
                        resetIdentity(c, t);
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
                int files = restoreFiles(zip, dataDir);
                return new Summary(counts, files, schema, manifest.path("passwords").asBoolean(false));
            }
        } catch (ZipException e) {
            throw new DomainException("file", "Tệp \"" + name + "\" bị hỏng: không đọc được cấu trúc nén.");
        } catch (SQLException e) {
            throw new IllegalStateException("Lỗi CSDL khi khôi phục: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void verify(ZipFile zip, JsonNode manifest, String name) throws IOException {
        JsonNode sums = manifest.path("sha256");
        for (var e : sums.properties()) {
            ZipEntry entry = zip.getEntry(e.getKey());
            if (entry == null) {
                throw new DomainException("file", "Bản sao lưu \"" + name + "\" thiếu phần \"" + e.getKey() + "\" ghi trong manifest.json.");
            }
            Digesting d = new Digesting(OutputStream.nullOutputStream());
            try (InputStream in = zip.getInputStream(entry)) {
                in.transferTo(d);
            }
            if (!d.hex().equals(e.getValue().asString())) {
                throw new DomainException("file", "Phần \"" + e.getKey() + "\" của bản sao lưu \"" + name
                        + "\" không khớp mã SHA-256 trong manifest.json: tệp đã bị sửa hoặc hỏng.");
            }
        }
        for (var en = zip.entries(); en.hasMoreElements(); ) {
            String n = en.nextElement().getName();
            if (!n.equals(MANIFEST) && !sums.has(n)) {
                throw new DomainException("file", "Bản sao lưu \"" + name + "\" có phần \"" + n + "\" không ghi trong manifest.json.");
            }
        }
    }

    /**
     * The rows already in the target: only rows a migration wrote (reference data) may be there, and each must be
     * in the archive with the same primary key — checked while loading. Any other table with rows refuses.
     */
    private static Map<String, java.util.Set<String>> existingRows(Connection c, List<Table> tables, JsonNode manifest) throws SQLException {
        Map<String, java.util.Set<String>> out = new LinkedHashMap<>();
        for (Table t : tables) {
            long n;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + t.name())) {
                rs.next();
                n = rs.getLong(1);
            }
            if (n == 0) {
                continue;
            }
            long inArchive = 0;
            for (JsonNode td : manifest.path("tables")) {
                if (td.path("name").asString("").equals(t.name())) {
                    inArchive = td.path("rows").asLong(0);
                }
            }
            if (t.primaryKey().isEmpty() || n > 10_000 || n > inArchive) {
                throw notEmpty(t.name(), n);
            }
            java.util.Set<String> keys = new java.util.HashSet<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select " + String.join(", ", t.primaryKey()) + " from " + t.name())) {
                while (rs.next()) {
                    StringBuilder k = new StringBuilder();
                    for (int i = 1; i <= t.primaryKey().size(); i++) {
                        k.append(rs.getString(i)).append('\u0001');
                    }
                    keys.add(k.toString());
                }
            }
            out.put(t.name(), keys);
        }
        return out;
    }

    private static DomainException notEmpty(String table, long n) {
        return new DomainException("database", "CSDL đích đã có dữ liệu (bảng " + table + ": " + n
                + " dòng). Chỉ khôi phục bản sao lưu vào một CSDL mới, trống (chưa nạp dữ liệu mẫu, chưa tạo tài khoản).");
    }

    private static long load(Connection c, ZipFile zip, JsonNode td, Table t, java.util.Set<String> existing)
            throws IOException, SQLException {
        List<String> names = new ArrayList<>();
        td.path("columns").forEach(col -> names.add(col.path("name").asString()));
        List<Col> cols = new ArrayList<>();
        for (String n : names) {
            Col col = t.column(n);
            if (col == null) {
                throw new DomainException("file", "Cột \"" + t.name() + "." + n + "\" của bản sao lưu không có trong CSDL đích.");
            }
            cols.add(col);
        }
        boolean lockedPasswords = t.name().equals("app_user") && !names.contains("password_hash") && t.column("password_hash") != null;
        List<String> insertCols = new ArrayList<>(names);
        if (lockedPasswords) {
            insertCols.add("password_hash");
        }
        String sql = "insert into " + t.name() + "(" + String.join(", ", insertCols) + ") values ("
                + String.join(", ", insertCols.stream().map(x -> "?").toList()) + ")";
        ZipEntry entry = zip.getEntry(td.path("file").asString());
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql);
             BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                n++;
                if (existing != null) {
                    StringBuilder k = new StringBuilder();
                    for (String pk : t.primaryKey()) {
                        JsonNode v = row.get(pk);
                        k.append(v == null || v.isNull() ? null : v.asString()).append('\u0001');
                    }
                    if (existing.remove(k.toString())) {
                        continue;
                    }
                }
                for (int i = 0; i < cols.size(); i++) {
                    bind(ps, i + 1, cols.get(i), row.get(cols.get(i).name()));
                }
                if (lockedPasswords) {
                    ps.setString(cols.size() + 1, NO_PASSWORD);
                }
                ps.addBatch();
                if (n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        if (existing != null && !existing.isEmpty()) {
            throw notEmpty(t.name(), existing.size());
        }
        long expected = td.path("rows").asLong(-1);
        if (expected != n) {
            throw new DomainException("file", "Bảng " + t.name() + ": manifest.json ghi " + expected + " dòng, tệp có " + n + " dòng.");
        }
        return n;
    }

    private static void bind(PreparedStatement ps, int i, Col col, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) {
            ps.setNull(i, col.jdbcType() == Types.OTHER ? Types.VARCHAR : col.jdbcType());
            return;
        }
        switch (col.kind()) {
            case "integer" -> ps.setLong(i, v.asLong());
            case "boolean" -> ps.setBoolean(i, v.asBoolean());
            case "date" -> ps.setObject(i, LocalDate.parse(v.asString()));
            case "timestamptz" -> ps.setObject(i, OffsetDateTime.parse(v.asString()));
            case "timestamp" -> ps.setObject(i, LocalDateTime.parse(v.asString()));
            case "decimal" -> ps.setBigDecimal(i, v.decimalValue());
            case "double" -> ps.setDouble(i, v.asDouble());
            case "binary" -> ps.setBytes(i, Base64.getDecoder().decode(v.asString()));
            default -> ps.setString(i, v.asString());
        }
    }

    private static void resetIdentity(Connection c, Table t) throws SQLException {
        for (Col col : t.columns()) {
            if (!col.identity()) {
                continue;
            }
            long next;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select coalesce(max(" + col.name() + "), 0) + 1 from " + t.name())) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement st = c.createStatement()) {
                st.execute("alter table " + t.name() + " alter column " + col.name() + " restart with " + next);
            }
        }
    }

    private static int restoreFiles(ZipFile zip, Path dataDir) throws IOException {
        Path dir = dataDir.resolve("files");
        int n = 0;
        for (var en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            String key = e.getName().startsWith("files/") ? e.getName().substring(6) : null;
            if (key == null || !key.matches(FILE_KEY)) {
                continue;
            }
            Files.createDirectories(dir);
            try (InputStream in = zip.getInputStream(e)) {
                Files.copy(in, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            }
            n++;
        }
        return n;
    }

    static String schemaVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select version from flyway_schema_history where success = true and version is not null order by installed_rank desc")) {
            return rs.next() ? rs.getString(1) : "0";
        }
    }

    /** Passes bytes through and computes their SHA-256; closing it does not close the zip. */
    private static final class Digesting extends FilterOutputStream {
        private final MessageDigest md;

        Digesting(OutputStream out) {
            super(out);
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            md.update((byte) b);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            md.update(b, off, len);
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the entry is closed by the zip
        }

        String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
