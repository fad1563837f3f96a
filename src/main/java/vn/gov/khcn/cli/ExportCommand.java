package vn.gov.khcn.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gov.khcn.backup.BackupArchive;

@Command(name = "export", description = "Sao lưu toàn bộ CSDL (mọi bảng, tệp đính kèm) vào một tệp .zip có manifest.json (xem docs/exchange-format.md).")
class ExportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp .zip sẽ ghi.")
    Path out;

    @Option(names = "--with-passwords", description = "Kèm mã băm mật khẩu của tài khoản (mặc định: không kèm).")
    boolean withPasswords;

    @Override
    public Integer call() throws IOException {
        var props = db.properties();
        Path dataDir = Path.of(props.get("khcn.data-dir").toString());
        Path target = out.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent() == null ? Path.of(".") : target.getParent(), "khcn-export", ".part");
        try (var ctx = Khcn.start(props); OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            BackupArchive.Summary s = BackupArchive.export(ctx.getBean(DataSource.class), dataDir, os, withPasswords);
            os.close();
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Đã sao lưu " + s.rows().size() + " bảng, " + s.totalRows() + " dòng, " + s.files()
                    + " tệp đính kèm (lược đồ phiên bản " + s.schemaVersion() + ") vào " + target
                    + (withPasswords ? " — CÓ mã băm mật khẩu: giữ tệp này cẩn thận." : " — không kèm mật khẩu."));
            return 0;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
