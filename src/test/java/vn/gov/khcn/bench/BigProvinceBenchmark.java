package vn.gov.khcn.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.KhcnApplication;
import vn.gov.khcn.demo.DemoLoader;
import vn.gov.khcn.desk.DueList;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportPeriod;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.internal.FigureCache;

/**
 * A large merged province (docs/benchmarks.md, "A large merged province"). Not a test: a main class run by hand.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) vn.gov.khcn.bench.BigProvinceBenchmark \
 *     jdbc:postgresql://localhost:55440/bp postgres [scale=1] [runs=15]
 * java ... vn.gov.khcn.bench.BigProvinceBenchmark h2:/tmp/bigprov-h2 - 0.5
 * </pre>
 *
 * It migrates an empty database, loads the demo data, times every indicator of the nine-months 2021-09 report (month
 * and year to date) and the whole report on the demo data; then writes the big province ({@link BigProvinceLoader}; at
 * scale 1 about 2,000,000 verifications, 2,000 tasks with their events, 20,000 documents), and prints, side by side in
 * the same run: each indicator and the whole report against the bare SQL aggregates that answer the same figures, the
 * ratio to the demo's times and values, the due list, and EXPLAIN ANALYZE of the indicators' queries (on PostgreSQL
 * also under {@code plan_cache_mode=force_generic_plan}, the plan prepared statements switch to, and the whole timing
 * again under it).
 */
public final class BigProvinceBenchmark {
    static int warmup = 5;
    static int runs = 15;

    private BigProvinceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:55440/bp";
        String user = args.length > 1 ? args[1] : "postgres";
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        runs = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        warmup = Math.max(3, runs / 3);
        boolean pg = target.startsWith("jdbc:postgresql:");
        List<String> props = new ArrayList<>(List.of("--logging.level.root=WARN", "--logging.level.vn.gov.khcn=WARN"));
        if (pg) {
            props.add("--spring.datasource.url=" + target + (target.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
            props.add("--spring.datasource.username=" + user);
            props.add("--spring.datasource.password=");
            props.add("--khcn.data-dir=" + Files.createTempDirectory("bigprov-data"));
        } else {
            Path dir = Path.of(target.startsWith("h2:") ? target.substring(3) : target);
            Files.createDirectories(dir);
            props.add("--khcn.data-dir=" + dir);
            props.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("khcn") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;OPTIMIZE_REUSE_RESULTS=FALSE");
        }
        System.out.printf("%s, scale %.2f, %d timed runs after %d warm-up; load average %s%n", pg ? "PostgreSQL" : "H2", scale, runs, warmup,
                loadAverage());
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KhcnApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(props.toArray(String[]::new))) {
            new BigProvinceBenchmark.Run(ctx, pg, scale).run();
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    /** One indicator × period, and the bare aggregate that answers its figure (null: see {@link Bare}). */
    record Row(String code, String period, double demoMs, long demoValue, double ms, long value, double bareMs) {
    }

    static final class Run {
        final ConfigurableApplicationContext ctx;
        final boolean pg;
        final double scale;
        final JdbcClient jdbc;
        final ReportEngine engine;
        final FigureCache cache;
        final ReportPeriod period;
        final Map<String, DateRange> ranges;

        Run(ConfigurableApplicationContext ctx, boolean pg, double scale) {
            this.ctx = ctx;
            this.pg = pg;
            this.scale = scale;
            this.jdbc = ctx.getBean(JdbcClient.class);
            this.engine = ctx.getBean(ReportEngine.class);
            this.cache = ctx.getBean(FigureCache.class);
            this.period = new ReportPeriod(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9), ctx.getBean(ReportSettings.class).get().cutOffDay());
            this.ranges = period.ranges();
        }

        void run() throws Exception {
            DataSource ds = ctx.getBean(DataSource.class);
            BigProvinceLoader loader = new BigProvinceLoader(ds, scale);
            Map<String, double[]> demo = new LinkedHashMap<>();
            double[] demoReport = null;
            if (!loader.loaded()) {
                ctx.getBean(DemoLoader.class).load();
                analyze();
                demo = indicatorTimes();
                demoReport = time(this::report);
                System.out.printf("demo data: report median %.1f ms; indicators timed%n", demoReport[0]);
                loader.load();
                analyze();
            } else {
                System.out.println("the big province is already in this database: no demo figures in this run");
            }
            counts();
            Map<String, double[]> big = indicatorTimes();
            Map<String, Bare.Query> bare = Bare.queries();
            Map<String, double[]> bareTimes = new LinkedHashMap<>();
            for (var e : big.entrySet()) {
                String[] cp = e.getKey().split("@");
                Bare.Query q = bare.get(cp[0]);
                if (q != null) {
                    DateRange r = ranges.get(cp[1]);
                    bareTimes.put(e.getKey(), time(() -> q.run(jdbc, r)));
                }
            }
            System.out.println();
            System.out.printf("%-36s %10s %10s %10s %8s | %10s %10s %9s%n", "indicator@period", "value", "KHCN ms", "bare ms", "ratio",
                    "demo ms", "demo value", "big/demo");
            double bareSum = 0;
            double indicatorSum = 0;
            double uncovered = 0;
            for (var e : big.entrySet()) {
                double[] b = e.getValue();
                double[] s = bareTimes.get(e.getKey());
                double[] d = demo.get(e.getKey());
                indicatorSum += b[0];
                if (s != null) {
                    bareSum += s[0];
                } else {
                    uncovered += b[0];
                }
                System.out.printf("%-36s %10d %10.2f %10s %8s | %10s %10s %9s%n", e.getKey(), (long) b[2], b[0],
                        s == null ? "—" : String.format("%.2f", s[0]), s == null ? "" : String.format("%.2f×", b[0] / s[0]),
                        d == null ? "" : String.format("%.2f", d[0]), d == null ? "" : String.valueOf((long) d[2]),
                        d == null ? "" : String.format("%.1f×", b[0] / d[0]));
            }
            double[] report = time(this::report);
            double[] figures = time(() -> FigureSet.compute(engine.catalogue(), period));
            double[] bareAll = time(() -> {
                for (var e : big.keySet()) {
                    String[] cp = e.split("@");
                    Bare.Query q = bare.get(cp[0]);
                    if (q != null) {
                        q.run(jdbc, ranges.get(cp[1]));
                    }
                }
                return null;
            });
            System.out.println();
            System.out.printf("sum of the indicators' medians: %.1f ms, of the bare aggregates: %.1f ms (covering the tasks and metrology figures);"
                    + " the %d small-register indicators without a bare query: %.1f ms%n", indicatorSum, bareSum,
                    big.size() - bareTimes.size(), uncovered);
            System.out.printf("%-62s median %9.1f ms  p90 %9.1f ms%n", "bare SQL aggregates, all in a row", bareAll[0], bareAll[1]);
            System.out.printf("%-62s median %9.1f ms  p90 %9.1f ms%n", "indicators: FigureSet.compute (month + YTD)", figures[0], figures[1]);
            System.out.printf("%-62s median %9.1f ms  p90 %9.1f ms%n", "whole nine-months 2021-09 report (view + checks + DOCX)", report[0], report[1]);
            reportFromKeptFigures();
            double[] kept = time(this::reportFromKeptFigures);
            ReportEngine.View view = engine.view(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9));
            double[] rendered = time(() -> engine.view(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9)));
            double[] docx = time(() -> engine.docx(view));
            System.out.printf("%-62s median %9.1f ms  p90 %9.1f ms%n", "the same report, figures kept (a draft's page again)", kept[0], kept[1]);
            System.out.printf("%-62s median %9.1f ms  p90 %9.1f ms%n", "  of which: view from kept figures (render + checks)", rendered[0], rendered[1]);
            System.out.printf("%-62s median %9.1f ms  p90 %9.1f ms%n", "  of which: DOCX of the view", docx[0], docx[1]);
            double reference = bareAll[0] + uncovered;
            System.out.printf("report / (bare aggregates + small-register indicators %.1f ms) = %.2f×; indicators / same = %.2f×%n",
                    reference, report[0] / reference, figures[0] / reference);
            if (demoReport != null) {
                System.out.printf("report big / demo: %.1f ms / %.1f ms = %.1f×%n", report[0], demoReport[0], report[0] / demoReport[0]);
            }
            due();
            explain();
            if (pg) {
                generic(ds);
            }
        }

        /** The report as the command line builds it, its figures computed (none kept from an earlier run). */
        Object report() {
            cache.clear();
            return reportFromKeptFigures();
        }

        /** The report as a draft's pages build it again while no record changed: the figures kept, the rest done anew. */
        Object reportFromKeptFigures() {
            return engine.docx(engine.view(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9)));
        }

        /** Median, p90 and value of each catalogue indicator for the month and the year to date. */
        Map<String, double[]> indicatorTimes() {
            Map<String, double[]> out = new LinkedHashMap<>();
            for (Indicator i : engine.catalogue().all().values()) {
                for (var r : ranges.entrySet()) {
                    IndicatorValue[] last = new IndicatorValue[1];
                    double[] t = time(() -> last[0] = i.compute(r.getValue()));
                    out.put(i.code() + "@" + r.getKey(), new double[]{t[0], t[1], last[0].value() == null ? -1 : last[0].value()});
                }
            }
            return out;
        }

        void counts() {
            for (String t : List.of("verification", "task", "task_event", "document", "organisation")) {
                System.out.printf("%s: %,d rows%n", t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
            }
            if (pg) {
                System.out.printf("database size: %,d MB%n", jdbc.sql("select pg_database_size(current_database())").query(Long.class).single() >> 20);
            }
        }

        void due() {
            Metrology metrology = ctx.getBean(Metrology.class);
            DueList due = ctx.getBean(DueList.class);
            LocalDate today = LocalDate.now();
            System.out.println();
            System.out.printf("due list: %,d instruments due within 30 days or overdue%n", metrology.dueCount(30));
            line("Metrology.dueCount(30)", time(() -> metrology.dueCount(30)));
            line("Metrology.due(30): first page of 50", time(() -> metrology.due(30, 0, 50)));
            line("Metrology.due(30): page 100 of 50", time(() -> metrology.due(30, 5000, 50)));
            line("/due's data: DueList.page(all units, all kinds, page 0)", time(() -> due.page(null, null, today, 0, 50)));
            line("bare: count(*) of not superseded passes due (index only)", time(() -> jdbc.sql("select count(*) from verification"
                    + " where result = 'PASS' and superseded = false and next_due_on <= :h").param("h", today.plusDays(30)).query(Long.class).single()));
            long t = System.nanoTime();
            long old = jdbc.sql("""
                    select count(*) from verification v where v.result = 'PASS' and v.next_due_on <= :h
                    and not exists (select 1 from verification w where w.serial = v.serial and w.result = 'PASS' and w.verified_on > v.verified_on)""")
                    .param("h", today.plusDays(30)).query(Long.class).single();
            System.out.printf("%-62s once     %9.1f ms (%,d)%n", "before V126: anti-join over the history", (System.nanoTime() - t) / 1e6, old);
        }

        void explain() {
            System.out.println();
            for (var e : Bare.explained().entrySet()) {
                DateRange r = ranges.get("ytd");
                String sql = e.getValue().replace(":start", "date '" + r.start() + "'").replace(":end", "date '" + r.end() + "'")
                        .replace(":y1", String.valueOf(r.year() + 1)).replace(":y", String.valueOf(r.year()))
                        .replace(":h", "date '" + LocalDate.now().plusDays(30) + "'");
                System.out.println("EXPLAIN ANALYZE — " + e.getKey() + (pg ? " (custom plan)" : ""));
                plan((pg ? "explain (analyze, buffers) " : "explain analyze ") + sql);
                if (pg) {
                    String prepared = e.getValue().replace(":start", "$1").replace(":end", "$2").replace(":y1", "$4").replace(":y", "$3")
                            .replace(":h", "$5");
                    System.out.println("EXPLAIN ANALYZE — " + e.getKey() + " (generic plan)");
                    try (Connection c = ctx.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
                        s.execute("set plan_cache_mode = force_generic_plan");
                        s.execute("prepare bench_q(date, date, int, int, date) as " + prepared);
                        print(s, String.format("explain (analyze, buffers) execute bench_q(date '%s', date '%s', %d, %d, date '%s')", r.start(), r.end(),
                                r.year(), r.year() + 1, LocalDate.now().plusDays(30)));
                        s.execute("deallocate bench_q");
                        s.execute("reset plan_cache_mode");
                    } catch (Exception ex) {
                        System.out.println("  (" + ex.getMessage() + ")");
                    }
                }
            }
        }

        void plan(String sql) {
            try (Connection c = ctx.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
                print(s, sql);
            } catch (Exception ex) {
                System.out.println("  (" + ex.getMessage() + ")");
            }
        }

        static void print(Statement s, String sql) throws Exception {
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1).replace("\n", "\n  "));
                }
            }
        }

        /** The indicators and the report again with every connection forced to generic plans (what prepared statements use). */
        void generic(DataSource ds) throws Exception {
            String db = jdbc.sql("select current_database()").query(String.class).single();
            jdbc.sql("alter database " + db + " set plan_cache_mode = force_generic_plan").update();
            ds.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            try {
                System.out.println();
                System.out.println("under plan_cache_mode = force_generic_plan: " + jdbc.sql("show plan_cache_mode").query(String.class).single());
                Map<String, double[]> big = indicatorTimes();
                big.entrySet().stream().filter(e -> e.getValue()[0] > 5).forEach(e -> System.out.printf("  %-36s %9.2f ms%n", e.getKey(), e.getValue()[0]));
                System.out.printf("  sum of the indicators' medians %.1f ms (those over 5 ms listed above)%n",
                        big.values().stream().mapToDouble(v -> v[0]).sum());
                line("  whole report (generic plans)", time(this::report));
            } finally {
                jdbc.sql("alter database " + db + " reset plan_cache_mode").update();
                ds.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            }
        }

        void analyze() {
            if (pg) {
                jdbc.sql("vacuum analyze").update();
            } else {
                jdbc.sql("analyze").update();
            }
        }
    }

    static void line(String what, double[] t) {
        System.out.printf("%-62s median %9.2f ms  p90 %9.2f ms%n", what, t[0], t[1]);
    }

    static double[] time(Supplier<Object> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{ms[runs / 2], ms[(int) Math.min(runs - 1, Math.round(runs * 0.9))]};
    }
}
