package vn.gov.khcn.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.backup.internal.DatabaseTables;
import vn.gov.khcn.backup.internal.EmptyTarget;
import vn.gov.khcn.shared.DomainException;

/** The whole-database archive: the demo database exported and restored into an empty one, on both databases. */
abstract class BackupArchiveContract {
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Value("${khcn.data-dir}")
    Path dataDir;
    @TempDir
    Path dir;

    /** A new database, migrated by Flyway, with no rows. */
    abstract DataSource emptyDatabase();

    static DataSource migrated(DriverManagerDataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    @Autowired
    vn.gov.khcn.organisations.Organisations organisations;
    @Autowired
    vn.gov.khcn.documents.Documents documents;

    /** Records of every shared kind, with an attached file, so the archive has something in each. */
    void someRecords(String tag) {
        if (organisations.findByName("Viện Sao Lưu " + tag + " " + getClass().getSimpleName()).isPresent()) {
            return;
        }
        organisations.record(new vn.gov.khcn.organisations.OrganisationCommand("Viện Sao Lưu " + tag + " " + getClass().getSimpleName(),
                vn.gov.khcn.organisations.OrganisationKind.RESEARCH_INSTITUTE, "Hòa An", null, null, null));
        var d = documents.register(new vn.gov.khcn.documents.DocumentCommand((getClass().getSimpleName().length() + tag.length()) + "/BC-SL" + tag,
                null, java.time.LocalDate.of(2016, 9, 30), null, "Báo cáo sao lưu", null));
        byte[] pdf = "%PDF-1.4 tệp đính kèm".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        documents.attach(d.id(), d.version(), "bao-cao.pdf", pdf.length, new java.io.ByteArrayInputStream(pdf));
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("vanphong")
    void theDemoDatabaseExportedAndRestoredIntoAnEmptyOneHasTheSameRecords() throws IOException {
        someRecords("A");
        Path archive = dir.resolve("khcn.zip");
        BackupArchive.Summary out;
        try (OutputStream os = Files.newOutputStream(archive)) {
            out = BackupArchive.export(dataSource, dataDir, os, false);
        }
        assertThat(out.rows()).containsKeys("organisation", "document", "app_user", "audit_log").doesNotContainKey("flyway_schema_history");
        assertThat(out.rows().get("app_user")).isPositive();

        try (ZipFile zip = new ZipFile(archive.toFile())) {
            JsonNode manifest = JsonMapper.builder().build().readTree(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes());
            assertThat(manifest.path("formatVersion").asInt()).isEqualTo(1);
            assertThat(manifest.path("sha256").has("tables/organisation.jsonl")).isTrue();
            String users = new String(zip.getInputStream(zip.getEntry("tables/app_user.jsonl")).readAllBytes());
            assertThat(users).contains("\"username\"").doesNotContain("password_hash");
        }

        DataSource target = emptyDatabase();
        Path targetData = dir.resolve("restored-data");
        BackupArchive.Summary in = BackupArchive.restore(target, targetData, archive);
        assertThat(BackupArchive.prove(target, targetData, archive)).isEqualTo(new BackupArchive.Proof(out.rows().size(), out.totalRows(), out.files()));
        JdbcClient t = JdbcClient.create(target);
        Map<String, Long> restored = new LinkedHashMap<>();
        for (String table : out.rows().keySet()) {
            restored.put(table, t.sql("select count(*) from " + table).query(Long.class).single());
        }
        assertThat(restored).isEqualTo(out.rows());
        assertThat(in.rows()).isEqualTo(out.rows());
        assertThat(out.files()).isPositive();
        assertThat(in.files()).isEqualTo(out.files());
        String key = t.sql("select max(file_key) from document").query(String.class).single();
        assertThat(Files.readAllBytes(targetData.resolve("files").resolve(key))).isEqualTo(Files.readAllBytes(dataDir.resolve("files").resolve(key)));
        // ids preserved
        assertThat(t.sql("select id, name from organisation order by id").query().listOfRows())
                .isEqualTo(jdbc.sql("select id, name from organisation order by id").query().listOfRows());
        // accounts restored without their passwords
        assertThat(t.sql("select distinct password_hash from app_user").query(String.class).list()).containsExactly(BackupArchive.NO_PASSWORD);
        // identity sequences continue after the restored ids
        long max = t.sql("select max(id) from organisation").query(Long.class).single();
        t.sql("insert into organisation(name, name_folded, kind) values ('Sau khôi phục', 'sau khoi phuc', 'OTHER')").update();
        assertThat(t.sql("select id from organisation where name = 'Sau khôi phục'").query(Long.class).single()).isGreaterThan(max);

        // and a second restore into the same (now filled) database is refused, changing nothing
        long orgs = t.sql("select count(*) from organisation").query(Long.class).single();
        assertThatThrownBy(() -> BackupArchive.restore(target, targetData, archive))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("CSDL đích không trống: bảng app_user có " + out.rows().get("app_user") + " dòng (dòng đầu id = 1)")
                .hasMessageContaining("Chỉ khôi phục vào CSDL mới tạo");
        assertThat(t.sql("select count(*) from organisation").query(Long.class).single()).isEqualTo(orgs);
    }

    @Test
    void aNewlyMigratedDatabaseHoldsRowsOnlyInTheTablesItsMigrationsSeed() {
        Map<String, Long> withRows = new TreeMap<>(counts(emptyDatabase()));
        withRows.values().removeIf(n -> n == 0);
        assertThat(withRows.keySet()).isEqualTo(new TreeSet<>(EmptyTarget.SEEDED_BY_MIGRATIONS));
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("vanphong")
    void aTargetWithOneRecordIsRefusedNamingItsTableAndRowAndNothingIsWritten() throws IOException {
        Path archive = exportDemoWith("C", "mot-dong.zip");
        DataSource target = emptyDatabase();
        JdbcClient t = JdbcClient.create(target);
        // one organisation whose id is also in the archive: the old restore skipped such rows and kept the target's
        t.sql("insert into organisation(id, name, name_folded, kind) values (1, 'Tổ chức có sẵn', 'to chuc co san', 'OTHER')").update();
        Map<String, Long> before = counts(target);
        Path targetData = dir.resolve("mot-dong-data");
        assertThatThrownBy(() -> BackupArchive.restore(target, targetData, archive))
                .isInstanceOf(DomainException.class)
                .hasMessage("CSDL đích không trống: bảng organisation có 1 dòng (dòng đầu id = 1). Chỉ khôi phục vào CSDL mới tạo"
                        + " (chưa nạp dữ liệu mẫu, chưa tạo tài khoản); không có gì được ghi.");
        assertThat(counts(target)).isEqualTo(before);
        assertThat(t.sql("select name from organisation").query(String.class).list()).containsExactly("Tổ chức có sẵn");
        assertThat(targetData.resolve("files")).doesNotExist();
    }

    @Test
    void theRowsTheMigrationsAndTheStartWriteAreReplacedByTheArchives() throws IOException {
        Path archive = exportDemo("danh-muc.zip");
        DataSource target = emptyDatabase();
        JdbcClient t = JdbcClient.create(target);
        // what the target's migrations wrote, changed: one row more, one renamed, the settings edited
        t.sql("insert into vocabulary_entry(list_key, code, label, label_folded, position, interval_months)"
                + " values ('INSTRUMENT_TYPE', 'KHAC', 'Loại khác', 'loai khac', 99, 6)").update();
        t.sql("update vocabulary_entry set label = 'Taximet (cũ)' where list_key = 'INSTRUMENT_TYPE' and code = 'TAXIMET'").update();
        t.sql("update department_setting set province = 'Tỉnh khác', version = 3").update();
        t.sql("delete from vocabulary_entry where list_key = 'TASK_RATING' and code = 'FAILED'").update();
        // and what the application writes when it starts on it
        t.sql("insert into register_turn(name) values ('ban-ghi-khac')").update();
        BackupArchive.restore(target, dir.resolve("danh-muc-data"), archive);
        assertThat(EmptyTarget.NOT_RECORDS).containsAll(EmptyTarget.SEEDED_BY_MIGRATIONS).contains("register_turn");
        for (String table : EmptyTarget.NOT_RECORDS) {
            String all = "select * from " + table + " order by 1";
            assertThat(t.sql(all).query().listOfRows()).as(table).isEqualTo(jdbc.sql(all).query().listOfRows());
        }
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("vanphong")
    void aRestoreWhoseRowsOrFilesDifferWhenReadBackAfterTheCommitIsReportedNamingTheTableAndTheFile() throws IOException {
        Path archive = exportDemoWith("D", "doc-lai.zip");
        DataSource target = emptyDatabase();
        Path targetData = dir.resolve("doc-lai-data");
        long xrayJobs = jdbc.sql("select count(*) from xray_job").query(Long.class).single();
        String key = jdbc.sql("select max(file_key) from document").query(String.class).single();
        // what the embedded database once did: the commit returned, and the rows were not there when read again
        AtomicInteger connections = new AtomicInteger();
        DataSource losing = new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                if (connections.incrementAndGet() == 2) {
                    JdbcClient.create(target).sql("delete from xray_job").update();
                    try {
                        Files.writeString(targetData.resolve("files").resolve(key), "khác");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return super.getConnection();
            }
        };
        assertThatThrownBy(() -> BackupArchive.restore(losing, targetData, archive))
                .isInstanceOf(RestoreNotProvenException.class)
                .hasMessageStartingWith("KHÔI PHỤC KHÔNG ĐƯỢC XÁC NHẬN: đọc lại \"doc-lai.zip\" sau khi ghi thấy 2 chỗ khác manifest.json")
                .hasMessageContaining("bảng xray_job có 0 dòng, manifest.json ghi " + xrayJobs)
                .hasMessageContaining("tệp đính kèm " + key + " có mã SHA-256 khác manifest.json")
                .hasMessageContaining("Đừng dùng CSDL này");
        assertThat(connections).hasValue(2);

        // read back on its own, the same differences; a file gone is named too
        Files.delete(targetData.resolve("files").resolve(key));
        assertThatThrownBy(() -> BackupArchive.prove(target, targetData, archive))
                .isInstanceOfSatisfying(RestoreNotProvenException.class, e -> assertThat(e.mismatches()).containsExactly(
                        "bảng xray_job có 0 dòng, manifest.json ghi " + xrayJobs,
                        "tệp đính kèm " + key + " không có trong " + targetData.resolve("files")));
    }

    @Autowired
    vn.gov.khcn.reporting.ReportEngine reports;

    @Test
    void theSeptember2021ReportOfARestoredCopyIsByteIdentical() throws IOException {
        Path archive = dir.resolve("bao-cao.zip");
        try (OutputStream os = Files.newOutputStream(archive)) {
            BackupArchive.export(dataSource, dataDir, os, true);
        }
        DriverManagerDataSource target = (DriverManagerDataSource) emptyDatabase();
        Path targetData = dir.resolve("report-data");
        BackupArchive.restore(target, targetData, archive);
        var month = java.time.YearMonth.of(2021, 9);
        var kind = vn.gov.khcn.reporting.ReportKind.ofCode("nine-months").orElseThrow();
        String here = reports.json(reports.view(kind, month));
        try (var other = new org.springframework.boot.builder.SpringApplicationBuilder(vn.gov.khcn.KhcnApplication.class)
                .web(org.springframework.boot.WebApplicationType.NONE).logStartupInfo(false)
                .run("--spring.datasource.url=" + target.getUrl(), "--spring.datasource.username=" + target.getUsername(),
                        "--spring.datasource.password=" + (target.getPassword() == null ? "" : target.getPassword()),
                        "--khcn.data-dir=" + targetData)) {
            var engine = other.getBean(vn.gov.khcn.reporting.ReportEngine.class);
            String there = engine.json(engine.view(kind, month));
            assertThat(there.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(here.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(here).contains("2021-09");
        }
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("vanphong")
    void aTamperedArchiveIsRefusedByItsChecksums() throws IOException {
        someRecords("B");
        Path archive = dir.resolve("khcn.zip");
        try (OutputStream os = Files.newOutputStream(archive)) {
            BackupArchive.export(dataSource, dataDir, os, true);
        }
        Path tampered = dir.resolve("sua.zip");
        try (ZipFile zip = new ZipFile(archive.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry e : List.copyOf(zip.stream().toList())) {
                z.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] b = in.readAllBytes();
                    if (e.getName().equals("tables/organisation.jsonl")) {
                        b = new String(b).replaceFirst("\"name\":\"", "\"name\":\"X").getBytes();
                    }
                    z.write(b);
                }
                z.closeEntry();
            }
        }
        DataSource target = emptyDatabase();
        assertThatThrownBy(() -> BackupArchive.restore(target, dir.resolve("d"), tampered))
                .isInstanceOf(DomainException.class).hasMessageContaining("tables/organisation.jsonl").hasMessageContaining("SHA-256");
        assertThat(JdbcClient.create(target).sql("select count(*) from organisation").query(Long.class).single()).isZero();
    }

    /** The demo database's archive, without passwords, once {@link #someRecords} of {@code tag} are in. */
    Path exportDemoWith(String tag, String name) throws IOException {
        someRecords(tag);
        return exportDemo(name);
    }

    /** The demo database's archive, without passwords. */
    Path exportDemo(String name) throws IOException {
        Path archive = dir.resolve(name);
        try (OutputStream os = Files.newOutputStream(archive)) {
            BackupArchive.export(dataSource, dataDir, os, false);
        }
        return archive;
    }

    /** Rows per application table (Flyway's history aside). */
    static Map<String, Long> counts(DataSource ds) {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            for (DatabaseTables.Table table : DatabaseTables.read(c)) {
                out.put(table.name(), DatabaseTables.count(c, table.name()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
