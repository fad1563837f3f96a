package vn.gov.khcn.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded H2 database under the data directory, closed to everyone but the service's own user:
 * <ul>
 * <li>it has a password, generated on first start and kept in {@code DIR/khcn.db-password} (mode 0600; the data
 * directory itself is made 0700). A database made before, with the old empty password, gets the generated one
 * on its first start with this version;</li>
 * <li>it opens no TCP port. H2's AUTO_SERVER (which listens on every interface) is on only when asked for
 * ({@code --h2-server} or KHCN_H2_SERVER=true, on the server and on the command that shares its database):
 * then other commands reach a running server's database through it, with the same password;</li>
 * <li>without it, a command run while the server holds the database stops with a Vietnamese message saying so.</li>
 * </ul>
 */
final class EmbeddedDatabase {
    static final String USER = "sa";
    static final String PASSWORD_FILE = "khcn.db-password";
    // OPTIMIZE_REUSE_RESULTS=FALSE: a statement read again after waiting for a lock must see what that lock guarded (decision 0003)
    private static final String OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=20000;OPTIMIZE_REUSE_RESULTS=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=0";
    static final long COMPACT_MIN_BYTES = 16L << 20;
    static final int COMPACT_BELOW_FILL_RATE = 50;
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /**
     * How to connect: the URL, and the password of user {@value #USER}; and whether the schema was found current
     * ({@link SchemaState}) on the same opening of the database.
     */
    record Access(String url, String password, boolean schemaCurrent) {
    }

    /** The database cannot be opened: another process (the server) holds it, or it refuses the password. */
    static final class UnavailableException extends RuntimeException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private EmbeddedDatabase() {
    }

    static String url(Path dataDir, boolean tcpServer) {
        return "jdbc:h2:file:" + dataDir.resolve("khcn") + OPTIONS + (tcpServer ? ";AUTO_SERVER=TRUE" : "");
    }

    /** Makes the data directory private, finds or makes the password, and sets it on a database still without one. */
    static Access prepare(Path dataDir, boolean tcpServer) {
        try {
            Files.createDirectories(dataDir);
            restrict(dataDir, "rwx------");
            String password = password(dataDir.resolve(PASSWORD_FILE));
            String url = url(dataDir, tcpServer);
            Opened opened = open(url, password, dataDir);
            if (opened.maybeSparse()) {
                compactIfSparse(dataDir, password).ifPresent(c -> org.slf4j.LoggerFactory.getLogger(EmbeddedDatabase.class).info("{}", c));
            }
            return new Access(url, password, opened.schemaCurrent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one opening of the database found: whether it may be worth compacting, whether the schema is current. */
    private record Opened(boolean maybeSparse, boolean schemaCurrent) {
    }

    /**
     * Opens the database once (each opening of an embedded H2 file reads its whole schema) to check the password, and on
     * the same connection reads whether {@link #compactIfSparse} has anything to do and whether the schema is current.
     */
    private static Opened open(String url, String password, Path dataDir) {
        try (java.sql.Connection c = DriverManager.getConnection(url, USER, password)) {
            c.isValid(1);
            boolean sparse = true;
            try (var rs = c.createStatement().executeQuery("select setting_name, setting_value from information_schema.settings"
                    + " where setting_name in ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
                long size = 0;
                int fill = 100;
                while (rs.next()) {
                    if (rs.getString(1).equals("info.FILE_SIZE")) {
                        size = Long.parseLong(rs.getString(2));
                    } else {
                        fill = Integer.parseInt(rs.getString(2));
                    }
                }
                sparse = size >= COMPACT_MIN_BYTES && fill < COMPACT_BELOW_FILL_RATE;
            } catch (SQLException | NumberFormatException unknown) {
                // left to compactIfSparse, which reads the same figures
            }
            return new Opened(sparse, SchemaState.current(c));
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw inUse(dataDir, e);
            }
            if (e.getErrorCode() != WRONG_USER_OR_PASSWORD) {
                throw new UnavailableException("CSDL nhúng ở " + dataDir + " không mở được: " + e.getMessage(), e);
            }
            setPasswordOnOldDatabase(url, password, dataDir);
            return new Opened(true, false);
        }
    }

    /**
     * The database file rewritten with only its live pages when most of it is dead space. The shipped URL does not
     * compact on close ({@code MAX_COMPACT_TIME=0}, decision 0003), so every page version a large write stored stays in
     * the file: a year of verifications (200,000 rows) left a file of more than a gigabyte holding some tens of
     * megabytes of data. {@code SHUTDOWN COMPACT} copies the live pages into a new file and replaces the old one — a
     * copy, not the in-place compaction that lost data — and the row count of every table is compared before and after.
     * Done only when nobody else has the database open (through a URL without AUTO_SERVER, so a server sharing it is
     * never shut down), the file is at least {@value #COMPACT_MIN_BYTES} bytes and under half of it is live. This process
     * must hold no connection to it (called before the connection pool opens and after it closed).
     */
    static java.util.Optional<Compaction> compactIfSparse(Path dataDir, String password) {
        return compactIfSparse(dataDir, password, COMPACT_MIN_BYTES);
    }

    static java.util.Optional<Compaction> compactIfSparse(Path dataDir, String password, long minBytes) {
        try {
            Path file = dataDir.resolve("khcn.mv.db");
            if (Files.isRegularFile(file) && Files.size(file) < minBytes) {
                return java.util.Optional.empty(); // too small to be worth it: not even opened (an opening reads the whole schema)
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = url(dataDir, false);
        Map<String, Long> before;
        long sizeBefore;
        long started = System.nanoTime();
        try (java.sql.Connection c = DriverManager.getConnection(url, USER, password)) {
            Map<String, String> info = new java.util.HashMap<>();
            try (var rs = c.createStatement().executeQuery("select setting_name, setting_value from information_schema.settings"
                    + " where setting_name in ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
                while (rs.next()) {
                    info.put(rs.getString(1), rs.getString(2));
                }
            }
            sizeBefore = Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0"));
            int fill = Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "100"));
            if (sizeBefore < minBytes || fill >= COMPACT_BELOW_FILL_RATE) {
                return java.util.Optional.empty();
            }
            before = rowCounts(c);
            c.createStatement().execute("shutdown compact");
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return java.util.Optional.empty(); // another process holds it: the next command that opens it alone compacts
            }
            throw new UnavailableException("CSDL nhúng ở " + dataDir + " không thu gọn được: " + e.getMessage(), e);
        }
        try (java.sql.Connection c = DriverManager.getConnection(url, USER, password)) {
            Map<String, Long> after = rowCounts(c);
            if (!after.equals(before)) {
                throw new UnavailableException("CSDL nhúng ở " + dataDir + " sau khi thu gọn không còn đủ dữ liệu (số dòng trước " + before
                        + ", sau " + after + "). Hãy dừng KHCN và khôi phục từ bản sao lưu gần nhất (khcn import).", null);
            }
        } catch (SQLException e) {
            throw new UnavailableException("CSDL nhúng ở " + dataDir + " không mở lại được sau khi thu gọn: " + e.getMessage(), e);
        }
        long sizeAfter;
        try {
            sizeAfter = Files.size(dataDir.resolve("khcn.mv.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Optional.of(new Compaction(sizeBefore, sizeAfter, (System.nanoTime() - started) / 1e9));
    }

    /** A compaction done: the file's size before and after, and how long it took. */
    record Compaction(long bytesBefore, long bytesAfter, double seconds) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.forLanguageTag("vi"), "Đã thu gọn tệp CSDL nhúng: %,d MB → %,d MB (%.1f giây).", bytesBefore >> 20,
                    bytesAfter >> 20, seconds);
        }
    }

    private static Map<String, Long> rowCounts(java.sql.Connection c) throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            try (var rs = c.createStatement().executeQuery("select count(*) from \"" + t + "\"")) {
                rs.next();
                counts.put(t, rs.getLong(1));
            }
        }
        return counts;
    }

    /** A database made before passwords: it opens with the empty password once, and is given the generated one. */
    private static void setPasswordOnOldDatabase(String url, String password, Path dataDir) {
        try (java.sql.Connection c = DriverManager.getConnection(url, USER, "")) {
            // the password is of the alphabet above only: nothing in it needs escaping
            c.createStatement().execute("alter user " + USER + " set password '" + password + "'");
            org.slf4j.LoggerFactory.getLogger(EmbeddedDatabase.class)
                    .warn("The embedded database had no password: it now has the one in {}", dataDir.resolve(PASSWORD_FILE));
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw inUse(dataDir, e);
            }
            throw new UnavailableException("CSDL nhúng ở " + dataDir + " không nhận mật khẩu trong tệp " + PASSWORD_FILE
                    + " (tệp này phải đi cùng CSDL: khi chép CSDL sang máy khác, chép cả tệp mật khẩu).", e);
        }
    }

    private static UnavailableException inUse(Path dataDir, SQLException cause) {
        return new UnavailableException("CSDL nhúng ở " + dataDir + " đang được một tiến trình KHCN khác (máy chủ \"khcn serve\") mở riêng. "
                + "Hãy dừng máy chủ rồi chạy lại lệnh, hoặc chạy cả máy chủ và lệnh này với --h2-server để dùng chung CSDL "
                + "(xem docs/security.md), hoặc dùng CSDL PostgreSQL (--db).", cause);
    }

    /** The password kept in {@code file}; made and written (0600) on first start. */
    static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, "rw-------");
            String p = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!p.matches("[A-Za-z0-9]{16,200}")) {
                throw new UnavailableException("Tệp mật khẩu CSDL " + file + " không đúng dạng (chữ và số, ít nhất 16 ký tự).", null);
            }
            return p;
        }
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        String p = sb.toString();
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(tmp);
        createPrivate(tmp);
        Files.writeString(tmp, p + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file); // a rename in the same directory; refused if the file appeared meanwhile
        } catch (FileAlreadyExistsException e) {
            // another command made it at the same moment: use that one
            Files.deleteIfExists(tmp);
            return password(file);
        }
        return p;
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    private static void restrict(Path p, String mode) throws IOException {
        try {
            Set<PosixFilePermission> want = PosixFilePermissions.fromString(mode);
            if (!Files.getPosixFilePermissions(p).equals(want)) {
                Files.setPosixFilePermissions(p, want);
            }
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's ACL is the administrator's to set (docs/security.md)
        }
    }
}
