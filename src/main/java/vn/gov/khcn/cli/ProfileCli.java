package vn.gov.khcn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.gov.khcn.profile.DepartmentProfiles;

/**
 * {@code khcn profile export --out FILE}: the department's set-up (settings, vocabularies, edited templates) in one
 * file; {@code khcn profile import FILE}: loads such a file into a fresh installation, all or nothing.
 */
@Command(name = "profile", description = "Hồ sơ thiết lập của Sở (thiết lập, danh mục, mẫu báo cáo đã sửa): "
        + "profile export --out TỆP để gửi cho Sở khác; profile import TỆP để nạp vào cài đặt mới.",
        subcommands = {ProfileCli.Export.class, ProfileCli.Import.class})
class ProfileCli implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }

    @Command(name = "export", description = "Ghi hồ sơ thiết lập của Sở vào một tệp .json.")
    static class Export implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp .json sẽ ghi.")
        Path out;

        @Override
        public Integer call() throws IOException {
            Path target = out.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent() == null ? Path.of(".") : target.getParent(), "khcn-profile", ".part");
            try {
                return QuietStart.run(db, (ctx, stdout) -> {
                    DepartmentProfiles profiles = ctx.getBean(DepartmentProfiles.class);
                    Files.write(tmp, profiles.export());
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    QuietStart.utf8(stdout).println("Đã ghi hồ sơ thiết lập của Sở ("
                            + String.join(", ", profiles.parts().stream().map(java.util.Map.Entry::getValue).toList()) + ") vào " + target + ".");
                    return 0;
                });
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    @Command(name = "import", description = "Nạp hồ sơ thiết lập của Sở khác vào cài đặt mới (khi thiết lập của Sở còn trống); "
            + "tệp có lỗi thì không phần nào được nạp.")
    static class Import implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "FILE", description = "Tệp .json hồ sơ thiết lập.")
        Path file;

        @Override
        public Integer call() throws IOException {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                err.println("Không có tệp " + file + ".");
                return 2;
            }
            return QuietStart.runOrRefuse(db, err, (ctx, stdout) -> {
                List<String> loaded = ctx.getBean(DepartmentProfiles.class).load(bytes);
                PrintStream out = QuietStart.utf8(stdout);
                out.println("Đã nạp hồ sơ thiết lập từ " + file + ":");
                loaded.forEach(l -> out.println("- " + l));
                return 0;
            });
        }
    }
}
