package vn.gov.khcn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.SettingsCommand;

/**
 * {@code khcn settings}: the department's settings with their Vietnamese labels and keys, and what is still missing;
 * {@code khcn settings set KEY VALUE} changes one (validated, audited as "system" like every command).
 */
@Command(name = "settings", description = "Xem thiết lập của Sở (tiêu đề, ký hiệu, địa danh, người ký, nơi nhận, …); "
        + "đổi một thiết lập: settings set KHÓA GIÁ_TRỊ.", subcommands = SettingsCli.Set.class)
class SettingsCli implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws IOException {
        return QuietStart.run(db, (ctx, stdout) -> {
            print(QuietStart.utf8(stdout), ctx.getBean(ReportSettings.class).get());
            return 0;
        });
    }

    static void print(PrintStream out, DepartmentSettings s) {
        for (DepartmentSettings.Item i : DepartmentSettings.Item.values()) {
            String v = i.valueIn(s);
            out.println(i.label() + " [" + i.key() + "]: " + (v == null || v.isBlank() ? "(chưa có)" : v.replace("\n", "\n    ")));
        }
        if (!s.complete()) {
            out.println("Còn thiếu: " + s.missing().stream().map(DepartmentSettings.Item::label).collect(Collectors.joining("; "))
                    + ". Chưa lập được báo cáo cho tới khi điền đủ (khcn settings set KHÓA GIÁ_TRỊ).");
        }
    }

    @Command(name = "set", description = "Đổi một hay nhiều thiết lập của Sở: settings set KHÓA GIÁ_TRỊ [KHÓA GIÁ_TRỊ …] (lưu cùng lúc, "
            + "hoặc không lưu gì nếu có giá trị sai). Giá trị nhiều dòng (nơi nhận, chức vụ người ký hai dòng): "
            + "viết \\n giữa các dòng, ví dụ \"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\".")
    static class Set implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "KEY", description = "Khóa của thiết lập (xem: khcn settings).")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", description = "Giá trị mới.")
        String value;

        @Parameters(index = "2..*", arity = "0..*", paramLabel = "KEY VALUE", description = "Các cặp khóa, giá trị tiếp theo.")
        java.util.List<String> more = new java.util.ArrayList<>();

        @Override
        public Integer call() throws IOException {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            java.util.List<String[]> pairs = new java.util.ArrayList<>();
            pairs.add(new String[] {key, value});
            if (more.size() % 2 != 0) {
                err.println("Thiếu giá trị của thiết lập \"" + more.get(more.size() - 1) + "\": viết từng cặp KHÓA GIÁ_TRỊ.");
                return 2;
            }
            for (int i = 0; i < more.size(); i += 2) {
                pairs.add(new String[] {more.get(i), more.get(i + 1)});
            }
            for (String[] kv : pairs) {
                if (DepartmentSettings.Item.ofKey(kv[0]).isEmpty()) {
                    err.println("Không có thiết lập \"" + kv[0] + "\". Các khóa: "
                            + Arrays.stream(DepartmentSettings.Item.values()).map(DepartmentSettings.Item::key).collect(Collectors.joining(", ")) + ".");
                    return 2;
                }
            }
            return QuietStart.runOrRefuse(db, err, (ctx, stdout) -> {
                ReportSettings settings = ctx.getBean(ReportSettings.class);
                SettingsCommand command = SettingsCommand.of(settings.get());
                for (String[] kv : pairs) {
                    command = command.with(kv[0], kv[1].replace("\\n", "\n"));
                }
                DepartmentSettings after = settings.update(command);
                String saved = pairs.stream().map(kv -> DepartmentSettings.Item.ofKey(kv[0]).orElseThrow().label() + " [" + kv[0] + "]")
                        .collect(Collectors.joining(", "));
                err.println("Đã lưu " + saved + "." + (after.complete() ? ""
                        : " Còn thiếu: " + after.missing().stream().map(DepartmentSettings.Item::label).collect(Collectors.joining("; ")) + "."));
                return 0;
            });
        }
    }
}
