package vn.gov.khcn.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.KhcnApplication;
import vn.gov.khcn.metrology.VerificationQuery;
import vn.gov.khcn.metrology.Verifications;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.shared.PageResult;

/**
 * The verification register at 1,000,000 rows (docs/benchmarks.md). Not a test: run it by hand against
 * an empty PostgreSQL database:
 *
 * <pre>
 * ./mvnw -q -B test-compile
 * ./mvnw -q -B exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.gov.khcn.bench.VerificationRegisterBenchmark \
 *     -Dexec.args="jdbc:postgresql://localhost:55432/khcn_bench postgres"
 * </pre>
 *
 * It migrates the database, loads 1,000,000 verifications (owners among 1,000 organisations, ten
 * types, ten years; set-based SQL, the register's own indexes), runs VACUUM ANALYZE, then times, warm,
 * each operation next to the bare SQL that answers the same question, in the same run.
 */
public final class VerificationRegisterBenchmark {
    static final int ROWS = 1_000_000;
    static final int WARMUP = 30;
    static final int RUNS = 50;

    private VerificationRegisterBenchmark() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:55432/khcn_bench";
        String user = args.length > 1 ? args[1] : "postgres";
        SpringApplication app = new SpringApplication(KhcnApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext ctx = app.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=", "--logging.level.root=WARN", "--logging.level.vn.gov.khcn=WARN")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            Verifications verifications = ctx.getBean(Verifications.class);
            Indicator figure = ctx.getBeansOfType(IndicatorProvider.class).values().stream()
                    .flatMap(p -> p.indicators().stream()).filter(i -> i.code().equals("metrology.verifications")).findFirst().orElseThrow();
            load(jdbc);
            DateRange ytd = new DateRange(LocalDate.of(2020, 12, 17), LocalDate.of(2021, 9, 16));

            Supplier<Object> facadePage = () -> verifications.search(VerificationQuery.of("TAXIMET", 2021), 0, 25);
            Supplier<Object> barePage = () -> {
                long total = jdbc.sql("select count(*) from verification where type_code = 'TAXIMET' and verified_on >= date '2021-01-01'"
                        + " and verified_on < date '2022-01-01'").query(Long.class).single();
                List<Map<String, Object>> rows = jdbc.sql("select * from verification where type_code = 'TAXIMET'"
                        + " and verified_on >= date '2021-01-01' and verified_on < date '2022-01-01' order by verified_on desc, id desc limit 25")
                        .query().listOfRows();
                return total + rows.size();
            };
            Supplier<Object> provider = () -> figure.compute(ytd);
            Supplier<Object> bareFigure = () -> jdbc.sql("select result, type_code, count(*) from verification"
                    + " where verified_on between date '2020-12-17' and date '2021-09-16' group by result, type_code").query().listOfRows();

            PageResult<?> page = (PageResult<?>) facadePage.get();
            IndicatorValue v = (IndicatorValue) provider.get();
            System.out.printf("rows: %,d; first page: %d items of %,d; YTD figure %,d (PASS %,d, FAIL %,d), %d records%n",
                    jdbc.sql("select count(*) from verification").query(Long.class).single(), page.items().size(), page.total(),
                    v.value(), v.part("result", "PASS"), v.part("result", "FAIL"), v.records().size());
            report("list first page, type TAXIMET, year 2021 (façade)", facadePage);
            report("list first page, type TAXIMET, year 2021 (bare SQL: count + page)", barePage);
            report("metrology.verifications YTD (provider)", provider);
            report("metrology.verifications YTD (bare SQL GROUP BY)", bareFigure);
        }
    }

    static void load(JdbcClient jdbc) {
        long have = jdbc.sql("select count(*) from verification").query(Long.class).single();
        if (have >= ROWS) {
            System.out.printf("verification already holds %,d rows; not loading%n", have);
            return;
        }
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into organisation(name, name_folded, kind, former_commune)
                select 'Cơ sở đo lường thử ' || g, 'co so do luong thu ' || g, 'ENTERPRISE', 'Hòa An' from generate_series(1, 1000) g
                where not exists (select 1 from organisation where name_folded = 'co so do luong thu 1')""")
                .update();
        long firstOrg = jdbc.sql("select min(id) from organisation where name_folded like 'co so do luong thu %'").query(Long.class).single();
        // Ten types; dates over 2017-01-01 .. 2026-10-31; 0.9 % fail; next due computed as the register does.
        jdbc.sql("""
                insert into verification(type_code, serial, owner_id, verified_on, kind, result, stamp_no, performed_by, next_due_on, unit)
                select t.code, 'B-' || g, :o + (g % 1000), d.day, 'PERIODIC', case when g % 111 = 0 then 'FAIL' else 'PASS' end,
                       case when g % 111 = 0 then null else 'TEM-' || g end, 'Bench',
                       case when g % 111 = 0 then null else d.day + t.interval_months * interval '1 month' end, 'CENTRE'
                from generate_series(1, :n) g
                cross join lateral (select date '2017-01-01' + ((g::bigint * 7919) % 3590)::int as day) d
                join instrument_type t on t.sort_order = 1 + (g % 10)""")
                .param("o", firstOrg).param("n", ROWS).update();
        jdbc.sql("vacuum analyze verification").update();
        jdbc.sql("analyze organisation").update();
        System.out.printf("loaded %,d verifications in %.1f s%n", ROWS, (System.nanoTime() - t0) / 1e9);
    }

    static void report(String what, Supplier<Object> op) {
        for (int i = 0; i < WARMUP; i++) {
            op.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            op.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-70s median %7.2f ms   p90 %7.2f ms   min %7.2f ms%n", what, ms[RUNS / 2], ms[(int) (RUNS * 0.9)], ms[0]);
    }
}
