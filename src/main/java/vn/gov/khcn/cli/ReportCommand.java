package vn.gov.khcn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportPeriod;
import vn.gov.khcn.shared.DomainException;

@Command(name = "report", description = "Lập báo cáo định kỳ (bản dự thảo tính ngay từ dữ liệu; bản đã ban hành in theo số liệu đã chốt).")
class ReportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions db;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "month, quarter, half-year, nine-months, year")
    String kind;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "Tháng báo cáo, ví dụ 2021-09")
    String period;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "docx, html, json (mặc định), pdf")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Tệp kết quả; không có thì in ra màn hình (chỉ json, html)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ReportKind k = ReportKind.ofCode(kind).orElse(null);
        YearMonth month;
        try {
            month = ReportPeriod.parseMonth(period);
            if (k == null) {
                throw new DomainException("kind", "Loại báo cáo \"" + kind + "\" không có: dùng month, quarter, half-year, nine-months hoặc year.");
            }
            new ReportPeriod(k, month, 14);
            if (!format.matches("docx|html|json|pdf")) {
                throw new DomainException("format", "Định dạng \"" + format + "\" không có: dùng docx, html, json hoặc pdf.");
            }
            if (out == null && (format.equals("docx") || format.equals("pdf"))) {
                throw new DomainException("out", "Định dạng " + format + " cần --out TỆP.");
            }
        } catch (DomainException e) {
            err.println(e.getMessage());
            spec.commandLine().usage(err);
            return 2;
        }
        return QuietStart.runOrRefuse(db, err, (ctx, stdout) -> {
            ReportEngine engine = ctx.getBean(ReportEngine.class);
            ReportEngine.View view = engine.view(k, month);
            byte[] bytes = switch (format) {
                case "html" -> engine.html(view).getBytes(StandardCharsets.UTF_8);
                case "docx" -> engine.docx(view);
                case "pdf" -> {
                    // an issued report's PDF is the signed one kept at issue, when signing is configured
                    var signing = ctx.getBeanProvider(vn.gov.khcn.reporting.IssuedPdfSigning.class).getIfAvailable();
                    yield view.report().issued() && signing != null ? signing.issuedPdf(view.report(), () -> engine.pdf(view)) : engine.pdf(view);
                }
                default -> engine.json(view).getBytes(StandardCharsets.UTF_8);
            };
            if (out == null) {
                stdout.write(bytes);
                stdout.flush();
            } else {
                Files.write(out, bytes);
                err.println("Đã ghi " + out + (view.report().issued() ? " (bản đã ban hành, số liệu đã chốt)." : " (bản dự thảo)."));
            }
            return 0;
        });
    }
}
