package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.backup.BackupArchive;
import vn.gov.khcn.backup.internal.EmptyTarget;
import vn.gov.khcn.testing.CommandRun;
import vn.gov.khcn.testing.TestDatabases;

/** {@code khcn import ARCHIVE.zip}: restored and read back into a new data directory, refused into a filled one. */
class RestoreCommandTest {
    private static CommandRun khcn(String... args) {
        return CommandRun.khcn(args);
    }

    /** An archive of a database holding one organisation. */
    static Path archiveWithOneOrganisation(Path dir) throws Exception {
        Path source = dir.resolve("nguon");
        var ds = new DriverManagerDataSource(TestDatabases.h2Url(source), "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcClient.create(ds).sql("insert into organisation(name, name_folded, kind) values ('Viện Một Dòng', 'vien mot dong', 'OTHER')").update();
        Path archive = dir.resolve("mot-to-chuc.zip");
        try (OutputStream os = Files.newOutputStream(archive)) {
            BackupArchive.export(ds, source, os, false);
        }
        return archive;
    }

    @Test
    void anArchiveIsRestoredAndReadBackThenASecondRestoreIntoTheFilledDirectoryIsRefusedWithExitCode1(@TempDir Path dir) throws Exception {
        Path archive = archiveWithOneOrganisation(dir);
        Path data = dir.resolve("dich");

        CommandRun first = khcn("import", "--data", data.toString(), archive.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("mot-to-chuc.zip: đã khôi phục ")
                .containsPattern("mot-to-chuc.zip: đã đọc lại sau khi đóng và mở lại CSDL: \\d+ bảng, \\d+ dòng, 0 tệp đính kèm khớp manifest.json.");

        CommandRun second = khcn("import", "--data", data.toString(), archive.toString());
        assertThat(second.code()).isEqualTo(1);
        assertThat(second.err()).contains("mot-to-chuc.zip: CSDL đích không trống: bảng organisation có 1 dòng (dòng đầu id = 1). Chỉ khôi phục vào CSDL mới tạo");
        assertThat(second.out()).doesNotContain("đã khôi phục");
    }

    @Test
    void aNewDataDirectoryOnceTheApplicationStartedOnItHoldsNoRecord(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("moi.zip");
        CommandRun run = khcn("export", "--data", dir.resolve("moi").toString(), "--out", archive.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Set<String> withRows = new TreeSet<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (JsonNode t : JsonMapper.builder().build().readTree(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes()).path("tables")) {
                if (t.path("rows").asLong() > 0) {
                    withRows.add(t.path("name").asString());
                }
            }
        }
        assertThat(withRows).isNotEmpty();
        assertThat(EmptyTarget.NOT_RECORDS).containsAll(withRows);
    }

    @Test
    void anArchiveIsRestoredOnItsOwn(@TempDir Path dir) throws Exception {
        Path archive = archiveWithOneOrganisation(dir);
        Path csv = Files.writeString(dir.resolve("to-chuc.csv"), "Tên tổ chức,Loại tổ chức\n");
        CommandRun run = khcn("import", "--data", dir.resolve("dich").toString(), archive.toString(), csv.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("mot-to-chuc.zip: bản sao lưu được khôi phục riêng");
        assertThat(dir.resolve("dich")).doesNotExist();
    }
}
