package vn.gov.khcn.backup.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import tools.jackson.databind.JsonNode;
import vn.gov.khcn.backup.internal.DatabaseTables.Col;
import vn.gov.khcn.backup.internal.DatabaseTables.Table;
import vn.gov.khcn.backup.internal.Manifest.TableEntry;
import vn.gov.khcn.shared.DomainException;

/**
 * Loads a checked archive into an empty target ({@link EmptyTarget}) in one transaction, ids preserved, then
 * restarts every identity after its largest id and writes the attached files. On any error it rolls back.
 */
public final class ArchiveLoader {
    /** The hash given to restored accounts when the archive carries none: it matches no password. */
    public static final String NO_PASSWORD = "{bcrypt}!restored-without-password";

    private ArchiveLoader() {
    }

    /** Loads the tables and commits; returns the rows loaded per table, in archive order. */
    public static Map<String, Long> loadTables(Connection c, ZipFile zip, Manifest manifest) throws SQLException, IOException {
        String schema = DatabaseTables.schemaVersion(c);
        if (!schema.equals(manifest.schemaVersion())) {
            throw new DomainException("file", "Bản sao lưu có phiên bản lược đồ CSDL " + manifest.schemaVersion() + ", CSDL đích là " + schema
                    + ": chỉ khôi phục vào CSDL cùng phiên bản (dùng bản KHCN cùng phiên bản với bản đã sao lưu).");
        }
        c.setAutoCommit(false);
        try {
            List<Table> tables = DatabaseTables.read(c);
            Map<String, Table> byName = new LinkedHashMap<>();
            tables.forEach(t -> byName.put(t.name(), t));
            EmptyTarget.require(c, tables);
            EmptyTarget.clearNotRecords(c, tables);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (TableEntry te : manifest.tables()) {
                Table t = byName.get(te.name());
                if (t == null) {
                    throw new DomainException("file", "Bảng \"" + te.name() + "\" trong bản sao lưu không có trong CSDL đích.");
                }
                counts.put(te.name(), load(c, zip, te, t));
            }
            for (Table t : tables) {
                resetIdentity(c, t);
            }
            try (var st = c.createStatement()) {
                // every record is new to this database: what was computed from it before is not right any more
                st.executeUpdate("update " + DatabaseTables.GENERATION + " set generation = generation + 1");
            }
            c.commit();
            return counts;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static long load(Connection c, ZipFile zip, TableEntry te, Table t) throws IOException, SQLException {
        List<Col> cols = new ArrayList<>();
        for (String n : te.columns()) {
            Col col = t.column(n);
            if (col == null) {
                throw new DomainException("file", "Cột \"" + t.name() + "." + n + "\" của bản sao lưu không có trong CSDL đích.");
            }
            cols.add(col);
        }
        boolean lockedPasswords = t.name().equals("app_user") && !te.columns().contains("password_hash") && t.column("password_hash") != null;
        List<String> insertCols = new ArrayList<>(te.columns());
        if (lockedPasswords) {
            insertCols.add("password_hash");
        }
        String sql = "insert into " + t.name() + "(" + String.join(", ", insertCols) + ") values ("
                + String.join(", ", insertCols.stream().map(x -> "?").toList()) + ")";
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql);
             BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(te.file())), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode row = Manifest.JSON.readTree(line);
                for (int i = 0; i < cols.size(); i++) {
                    JsonCells.bind(ps, i + 1, cols.get(i), row.get(cols.get(i).name()));
                }
                if (lockedPasswords) {
                    ps.setString(cols.size() + 1, NO_PASSWORD);
                }
                ps.addBatch();
                if (++n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        if (te.rows() != n) {
            throw new DomainException("file", "Bảng " + t.name() + ": manifest.json ghi " + te.rows() + " dòng, tệp có " + n + " dòng.");
        }
        return n;
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

    /** Writes the attached files to DATA/files (each through a temporary file, then moved into place). */
    public static int writeFiles(ZipFile zip, Manifest manifest, Path dataDir) throws IOException {
        Path dir = dataDir.resolve("files");
        int n = 0;
        for (String key : manifest.files().keySet()) {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(key + ".part");
            try (InputStream in = zip.getInputStream(zip.getEntry(Manifest.FILES + key))) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, dir.resolve(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            n++;
        }
        return n;
    }
}
