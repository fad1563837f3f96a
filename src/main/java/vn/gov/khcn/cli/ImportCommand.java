package vn.gov.khcn.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gov.khcn.exchange.BackupArchive;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.shared.DomainException;

@Command(name = "import", description = {
        "Nhập tệp: bản sao lưu .zip (khcn export) vào một CSDL trống, hoặc tệp XLSX/CSV của một sổ (theo mẫu).",
        "Loại tệp được nhận biết theo nội dung; sổ được nhận biết theo tên trang và dòng tiêu đề, hoặc chỉ rõ bằng --register."})
class ImportCommand implements Callable<Integer> {
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
        var props = db.properties();
        Path dataDir = Path.of(props.get("khcn.data-dir").toString());
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
                    if (isArchive(f)) {
                        BackupArchive.Summary s = BackupArchive.restore(ctx.getBean(DataSource.class), dataDir, f);
                        System.out.println(name + ": đã khôi phục " + s.rows().size() + " bảng, " + s.totalRows() + " dòng, "
                                + s.files() + " tệp đính kèm." + (s.passwords() ? ""
                                : " Bản sao lưu không kèm mật khẩu: các tài khoản cần được đặt lại mật khẩu trước khi đăng nhập."));
                        continue;
                    }
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
        return failures == 0 ? 0 : 1;
    }

    /** A zip with manifest.json and no workbook part: a backup archive. */
    private static boolean isArchive(Path f) {
        try (var zip = new java.util.zip.ZipFile(f.toFile())) {
            return zip.getEntry(BackupArchive.MANIFEST) != null && zip.getEntry("xl/workbook.xml") == null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
