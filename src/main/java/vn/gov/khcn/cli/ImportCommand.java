package vn.gov.khcn.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gov.khcn.backup.BackupArchive;
import vn.gov.khcn.backup.RestoreNotProvenException;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.shared.DomainException;

@Command(name = "import", description = {
        "Nhập tệp: bản sao lưu .zip (khcn export) vào một CSDL mới tạo, hoặc tệp XLSX/CSV của một sổ (theo mẫu).",
        "Loại tệp được nhận biết theo nội dung; sổ được nhận biết theo tên trang và dòng tiêu đề, hoặc chỉ rõ bằng --register.",
        "Bản sao lưu được khôi phục riêng (một tệp) rồi đọc lại sau khi đóng CSDL.",
        "Mã thoát: 0 xong; 1 có tệp bị từ chối; 3 đã ghi bản sao lưu nhưng đọc lại không khớp manifest.json."})
class ImportCommand implements Callable<Integer> {
    static final int NOT_PROVEN = 3;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Lý do, khi tệp có dòng thuộc kỳ báo cáo đã ban hành.")
    String reason;

    @Option(names = "--register", paramLabel = "KEY", description = "Sổ nhận dữ liệu (organisations, documents, …).")
    String register;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        List<Path> archives = files.stream().filter(f -> Files.isRegularFile(f) && BackupArchive.isArchive(f)).toList();
        if (!archives.isEmpty()) {
            if (files.size() > 1) {
                System.err.println(archives.get(0).getFileName() + ": bản sao lưu được khôi phục riêng — chỉ nêu một tệp .zip, không kèm tệp khác.");
                return 1;
            }
            return restore(archives.get(0));
        }
        var props = db.properties();
        int failures = 0;
        try (var ctx = Khcn.start(props)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f)) {
                    System.err.println(name + ": không có tệp này.");
                    failures++;
                    continue;
                }
                try {
                    ImportOutcome out = ctx.getBean(Imports.class).importFile(f, name, register, reason);
                    System.out.println(name + " (" + out.register() + "): " + out.summary());
                    for (ImportError e : out.errors()) {
                        System.err.println("  " + e.message());
                    }
                    if (out.refused()) {
                        failures++;
                    }
                } catch (DomainException e) {
                    System.err.println(name + ": " + e.getMessage());
                    failures++;
                }
            }
        }
        db.compactEmbedded().ifPresent(System.out::println);
        return failures == 0 ? 0 : 1;
    }

    /**
     * Restores the archive, closes the application (on the embedded database this closes its file), opens the
     * database again on a connection of its own and reads the restore back against the manifest.
     */
    private int restore(Path archive) throws SQLException {
        var props = db.properties();
        Path dataDir = Path.of(props.get("khcn.data-dir").toString());
        String name = archive.getFileName().toString();
        DriverManagerDataSource reopened;
        try (var ctx = Khcn.start(props)) {
            DataSource ds = ctx.getBean(DataSource.class);
            BackupArchive.Summary s = BackupArchive.restore(ds, dataDir, archive);
            System.out.println(name + ": đã khôi phục " + s.rows().size() + " bảng, " + s.totalRows() + " dòng, "
                    + s.files() + " tệp đính kèm." + (s.passwords() ? ""
                    : " Bản sao lưu không kèm mật khẩu: các tài khoản cần được đặt lại mật khẩu trước khi đăng nhập."));
            HikariDataSource pool = ds.unwrap(HikariDataSource.class);
            reopened = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        } catch (RestoreNotProvenException e) {
            System.err.println(name + ": " + e.getMessage());
            return NOT_PROVEN;
        } catch (DomainException e) {
            System.err.println(name + ": " + e.getMessage());
            return 1;
        }
        try {
            BackupArchive.Proof p = BackupArchive.prove(reopened, dataDir, archive);
            System.out.println(name + ": đã đọc lại sau khi đóng và mở lại CSDL: " + p.tables() + " bảng, " + p.rows() + " dòng, "
                    + p.files() + " tệp đính kèm khớp manifest.json.");
            return 0;
        } catch (RestoreNotProvenException e) {
            System.err.println(name + ": " + e.getMessage());
            return NOT_PROVEN;
        }
    }
}
