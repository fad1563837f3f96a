package vn.gov.khcn.bench;

import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.KhcnApplication;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.exchange.internal.ListWriter;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.metrology.InstrumentType;
import vn.gov.khcn.metrology.InstrumentTypes;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;

/**
 * Benchmark, not a test: imports N verification rows (default 1,000,000) from CSV and from XLSX into
 * PostgreSQL through the application's import (parse, validate every row, skip duplicates, COPY, audit), and
 * compares with PostgreSQL's own COPY of the same CSV in the same run. Figures go to docs/benchmarks.md.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) vn.gov.khcn.bench.VerificationImportBench \
 *     jdbc:postgresql://localhost:55433/bench postgres 1000000 /tmp/bench</pre>
 */
public final class VerificationImportBench {
    private VerificationImportBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args.length > 1 ? args[1] : "postgres";
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Path work = Path.of(args.length > 3 ? args[3] : "target/bench");
        Files.createDirectories(work);
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(KhcnApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=", "--khcn.data-dir=" + work.toAbsolutePath(), "--logging.level.vn.gov.khcn=WARN")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            DataSource ds = ctx.getBean(DataSource.class);
            Imports imports = ctx.getBean(Imports.class);
            Organisations orgs = ctx.getBean(Organisations.class);
            List<String> owners = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                Organisation o = orgs.findOrCreate("Cơ sở đo lường thử số " + i + " (demo)", OrganisationKind.ENTERPRISE, "Hòa An");
                owners.add(o.name());
            }
            List<InstrumentType> types = ctx.getBean(InstrumentTypes.class).all();
            RegisterSpec spec = imports.register("verifications");

            Path csv = work.resolve("kiem-dinh-" + n + ".csv");
            Path more = work.resolve("kiem-dinh-them-" + n + ".csv");
            Path xlsx = work.resolve("kiem-dinh-" + n + ".xlsx");
            long t0 = System.nanoTime();
            try (OutputStream os = Files.newOutputStream(csv); vn.gov.khcn.shared.TableWriter w = ListWriter.csv(spec, os)) {
                for (int i = 0; i < n; i++) {
                    w.row(row(i, types, owners));
                }
            }
            try (OutputStream os = Files.newOutputStream(more); vn.gov.khcn.shared.TableWriter w = ListWriter.csv(spec, os)) {
                for (int i = n; i < 2 * n; i++) {
                    w.row(row(i, types, owners));
                }
            }
            boolean withXlsx = !"false".equals(System.getProperty("bench.xlsx"));
            if (withXlsx) {
                try (OutputStream os = Files.newOutputStream(xlsx); vn.gov.khcn.shared.TableWriter w = ListWriter.xlsx(spec, os)) {
                    for (int i = 0; i < n; i++) {
                        w.row(row(i, types, owners));
                    }
                }
            }
            System.out.printf("generated %,d rows: CSV %,d bytes, XLSX %,d bytes in %.1f s%n", n, Files.size(csv), withXlsx ? Files.size(xlsx) : 0,
                    (System.nanoTime() - t0) / 1e9);

            clear(jdbc);
            // 1. PostgreSQL's own COPY of the same CSV into a plain table of text columns (no validation, no index)
            jdbc.sql("drop table if exists bench_copy").update();
            jdbc.sql("create table bench_copy (type_name varchar, serial varchar, owner varchar, verified varchar, kind varchar,"
                    + " result varchar, stamp varchar, performer varchar)").update();
            double copyRaw = copy(ds, "copy bench_copy from stdin with (format csv, header)", csv);
            // 2. COPY of the same rows already resolved to codes and ids into the verification table (its indexes)
            Path resolved = work.resolve("resolved.csv");
            jdbc.sql("""
                    copy (select t.code, b.serial, o.id, to_date(b.verified, 'DD/MM/YYYY'), 'PERIODIC',
                                 case when b.result = 'Đạt' then 'PASS' else 'FAIL' end, b.stamp, b.performer, null, 'CENTRE'
                          from bench_copy b join instrument_type t on t.name = b.type_name join organisation o on o.name = b.owner)
                    to '""" + resolved.toAbsolutePath() + "' with (format csv)").update();
            double copyResolved = copy(ds, "copy verification(type_code, serial, owner_id, verified_on, kind, result, stamp_no,"
                    + " performed_by, next_due_on, unit) from stdin with (format csv)", resolved);
            clear(jdbc);
            jdbc.sql("drop table bench_copy").update();

            // 3. the application's import of the CSV, 4. again (idempotent), 5. the XLSX
            long s = System.nanoTime();
            ImportOutcome a = imports.importFile(csv, csv.getFileName().toString(), "verifications");
            double ours = (System.nanoTime() - s) / 1e9;
            check(a, n, 0);
            s = System.nanoTime();
            ImportOutcome again = imports.importFile(csv, csv.getFileName().toString(), "verifications");
            double oursAgain = (System.nanoTime() - s) / 1e9;
            check(again, 0, n);
            s = System.nanoTime();
            ImportOutcome b = imports.importFile(more, more.getFileName().toString(), "verifications");
            double oursMore = (System.nanoTime() - s) / 1e9;
            check(b, n, 0);
            long audited = jdbc.sql("select count(*) from audit_log where entity_type = 'exchange_import'").query(Long.class).single();
            long pointing = jdbc.sql("select count(*) from verification where import_id is not null").query(Long.class).single();
            clear(jdbc);
            double oursXlsx = Double.NaN;
            if (withXlsx) {
                s = System.nanoTime();
                ImportOutcome x = imports.importFile(xlsx, xlsx.getFileName().toString(), "verifications");
                oursXlsx = (System.nanoTime() - s) / 1e9;
                check(x, n, 0);
            }
            clear(jdbc);

            System.out.println();
            System.out.printf("| %-62s | %9s | %12s | %s |%n", "run (" + String.format("%,d", n) + " rows)", "seconds", "rows/s", "vs COPY of the CSV");
            System.out.println("| --- | ---: | ---: | ---: |");
            line("PostgreSQL COPY of the CSV into a text table (no checks)", copyRaw, n, copyRaw);
            line("PostgreSQL COPY of resolved rows into verification (indexes)", copyResolved, n, copyRaw);
            line("KHCN import of the CSV into the empty register", ours, n, copyRaw);
            line("KHCN import of the same CSV again (all skipped)", oursAgain, n, copyRaw);
            line("KHCN import of another CSV into the register holding the first", oursMore, n, copyRaw);
            line("KHCN import of the XLSX into the empty register", oursXlsx, n, copyRaw);
            System.out.println();
            System.out.printf("| %-62s | %9s | %12s | %s |%n", "the same, against COPY into the register", "seconds", "rows/s", "vs COPY into verification");
            System.out.println("| --- | ---: | ---: | ---: |");
            line("PostgreSQL COPY of resolved rows into verification (indexes)", copyResolved, n, copyResolved);
            line("KHCN import of the CSV into the empty register", ours, n, copyResolved);
            line("KHCN import of another CSV into the register holding the first", oursMore, n, copyResolved);
            line("KHCN import of the XLSX into the empty register", oursXlsx, n, copyResolved);
            System.out.printf("%nimports audited (one entry each): %,d; verifications pointing to their import: %,d; max heap %,d MB%n", audited, pointing,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    private static Object[] row(int i, List<InstrumentType> types, List<String> owners) {
        boolean pass = i % 10 != 0;
        return new Object[] {types.get(i % types.size()).name(), "B" + i, owners.get(i % owners.size()),
                LocalDate.of(2021, 1, 1).plusDays(i % 1500), "Định kỳ", pass ? "Đạt" : "Không đạt", pass ? "T" + i : null,
                "Kiểm định viên " + (i % 7) + " (demo)"};
    }

    private static void check(ImportOutcome o, long added, long skipped) {
        if (o.refused() || o.added() != added || o.skipped() != skipped) {
            throw new IllegalStateException("unexpected outcome: " + o.summary() + " " + o.errors());
        }
    }

    private static void line(String what, double sec, int n, double reference) {
        System.out.printf("| %-62s | %9.2f | %,12.0f | %.2f× |%n", what, sec, n / sec, reference / sec);
    }

    private static void clear(JdbcClient jdbc) {
        jdbc.sql("delete from audit_log where entity_type in ('verification', 'exchange_import')").update();
        jdbc.sql("delete from verification").update();
        jdbc.sql("vacuum analyze verification").update();
    }

    private static double copy(DataSource ds, String sql, Path file) throws Exception {
        try (Connection c = ds.getConnection(); Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long s = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, r);
            return (System.nanoTime() - s) / 1e9;
        }
    }

}
