package vn.gov.khcn.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import vn.gov.khcn.backup.internal.ArchiveLoader;
import vn.gov.khcn.backup.internal.ArchiveWriter;
import vn.gov.khcn.backup.internal.Manifest;
import vn.gov.khcn.backup.internal.RestoreProof;
import vn.gov.khcn.shared.DomainException;

/**
 * The whole database in one zip (docs/exchange-format.md): one JSON-lines file per application table in
 * foreign-key order, the attached files, and manifest.json with the format and schema versions, row counts and
 * the SHA-256 of every entry. Generic over tables: they are read from JDBC metadata. A restore goes only into a
 * newly created database of the same schema version, ids preserved, and is read back after its commit.
 */
public final class BackupArchive {
    public static final int FORMAT_VERSION = Manifest.FORMAT_VERSION;
    public static final String MANIFEST = Manifest.ENTRY;
    /** The hash given to restored accounts when the archive carries none: it matches no password. */
    public static final String NO_PASSWORD = ArchiveLoader.NO_PASSWORD;

    private BackupArchive() {
    }

    /** Rows per table (archive order), attached files, schema version, whether password hashes are included. */
    public record Summary(Map<String, Long> rows, int files, String schemaVersion, boolean passwords) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A restore read back: every table and every file as the manifest says. */
    public record Proof(int tables, long rows, int files) {
    }

    /** Writes the archive of {@code ds} and the files under {@code dataDir}; closes {@code target}. */
    public static Summary export(DataSource ds, Path dataDir, OutputStream target, boolean withPasswords) {
        try (Connection c = ds.getConnection()) {
            ArchiveWriter.Written w = ArchiveWriter.write(c, dataDir, target, withPasswords);
            return new Summary(w.rows(), w.files(), w.schemaVersion(), withPasswords);
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được CSDL: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Restores an archive into a newly created database (refused, nothing written, otherwise), then proves it
     * with {@link #prove} on a new connection.
     *
     * @throws RestoreNotProvenException when the committed restore does not read back as the manifest says
     */
    public static Summary restore(DataSource ds, Path dataDir, Path archive) {
        String name = archive.getFileName().toString();
        Manifest manifest;
        Summary restored;
        try (ZipFile zip = open(archive)) {
            manifest = Manifest.readChecked(zip, name);
            Map<String, Long> rows;
            // closed before the proof: through a data source that does not pool, the embedded database is closed
            // and the proof opens its file again
            try (Connection c = ds.getConnection()) {
                rows = ArchiveLoader.loadTables(c, zip, manifest);
            }
            int files = ArchiveLoader.writeFiles(zip, manifest, dataDir);
            restored = new Summary(rows, files, manifest.schemaVersion(), manifest.passwords());
        } catch (ZipException e) {
            throw damaged(archive);
        } catch (SQLException e) {
            throw new IllegalStateException("Lỗi CSDL khi khôi phục: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prove(ds, dataDir, manifest, name);
        return restored;
    }

    /**
     * Reads a restored database back on a new connection of {@code ds} — every table's row count, every attached
     * file's SHA-256 — and compares it with the archive's manifest.
     *
     * @throws RestoreNotProvenException naming every table and file that differs
     */
    public static Proof prove(DataSource ds, Path dataDir, Path archive) {
        String name = archive.getFileName().toString();
        try (ZipFile zip = open(archive)) {
            return prove(ds, dataDir, Manifest.readChecked(zip, name), name);
        } catch (ZipException e) {
            throw damaged(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Proof prove(DataSource ds, Path dataDir, Manifest manifest, String name) {
        RestoreProof.ReadBack back;
        try {
            back = RestoreProof.readBack(ds, dataDir, manifest);
        } catch (SQLException e) {
            throw new RestoreNotProvenException(name, List.of("không đọc lại được CSDL: " + e.getMessage()));
        } catch (IOException e) {
            throw new RestoreNotProvenException(name, List.of("không đọc lại được tệp đính kèm: " + e.getMessage()));
        }
        if (!back.mismatches().isEmpty()) {
            throw new RestoreNotProvenException(name, back.mismatches());
        }
        return new Proof(back.tables(), back.rows(), back.files());
    }

    /** A zip with manifest.json and no workbook part: a backup archive (not a register spreadsheet). */
    public static boolean isArchive(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return zip.getEntry(MANIFEST) != null && zip.getEntry("xl/workbook.xml") == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw damaged(archive);
        }
    }

    private static DomainException damaged(Path archive) {
        return new DomainException("file", "Tệp \"" + archive.getFileName() + "\" bị hỏng: không đọc được cấu trúc nén.");
    }
}
