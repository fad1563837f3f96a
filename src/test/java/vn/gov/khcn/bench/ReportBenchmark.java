package vn.gov.khcn.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.gov.khcn.KhcnApplication;
import vn.gov.khcn.demo.DemoLoader;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportPeriod;
import vn.gov.khcn.reporting.ReportSettings;

/**
 * Report generation benchmark (not a test): starts the application on a fresh H2 database with the demo
 * data, warms up, then times the nine-months report for 2021-09 — the model plus the DOCX — against the
 * baseline of computing the indicators alone, in the same run. See docs/benchmarks.md.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path dir = Files.createTempDirectory("khcn-bench");
        try (var ctx = new SpringApplicationBuilder(KhcnApplication.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--khcn.data-dir=" + dir, "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("khcn")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "--logging.level.root=ERROR")) {
            ctx.getBean(DemoLoader.class).load();
            ReportEngine engine = ctx.getBean(ReportEngine.class);
            int cutOff = ctx.getBean(ReportSettings.class).get().cutOffDay();
            ReportPeriod period = new ReportPeriod(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9), cutOff);
            Supplier<Object> indicators = () -> FigureSet.compute(engine.catalogue(), period);
            Supplier<Object> report = () -> engine.docx(engine.view(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9)));
            for (int i = 0; i < warmup; i++) {
                indicators.get();
                report.get();
            }
            double[] base = time(indicators, runs);
            double[] full = time(report, runs);
            System.out.printf("indicators: %d codes, %d periods%n", engine.catalogue().all().size(), period.ranges().size());
            System.out.printf("baseline  (indicators only)        median %8.2f ms  p90 %8.2f ms%n", base[0], base[1]);
            System.out.printf("report    (indicators+model+DOCX)  median %8.2f ms  p90 %8.2f ms%n", full[0], full[1]);
            System.out.printf("overhead of templates, checks and DOCX: %.2f ms%n", full[0] - base[0]);
        }
    }

    private static double[] time(Supplier<Object> work, int runs) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{ms[runs / 2], ms[(int) (runs * 0.9)]};
    }
}
