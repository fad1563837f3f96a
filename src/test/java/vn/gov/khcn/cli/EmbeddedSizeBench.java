package vn.gov.khcn.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.exchange.internal.ListWriter;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.metrology.InstrumentType;
import vn.gov.khcn.metrology.InstrumentTypes;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;

/**
 * Benchmark, not a test: the size of the database holding years of verifications imported from the CSV template,
 * the embedded H2 file against PostgreSQL, in one run. Each year is one file of N rows (default 205,005) imported by
 * its own command start, as {@code khcn import --data DIR FILE} does; the H2 file's size is read after each command
 * closed the database, PostgreSQL's as {@code pg_database_size} (after VACUUM, as autovacuum would leave it).
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) vn.gov.khcn.cli.EmbeddedSizeBench \
 *     jdbc:postgresql://localhost:55433/bench postgres 205005 3 /tmp/size</pre>
 */
public final class EmbeddedSizeBench {
    private EmbeddedSizeBench() {
    }

    public static void main(String[] args) {
        CurrentUser.runAsSystem(() -> {
            try {
                run(args);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void run(String[] args) throws Exception {
        String pgUrl = args[0];
        String pgUser = args.length > 1 ? args[1] : "postgres";
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 205_005;
        int years = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path work = Path.of(args.length > 4 ? args[4] : "target/size-bench").toAbsolutePath();
        Files.createDirectories(work);

        DatabaseOptions h2 = new DatabaseOptions();
        h2.data = work.resolve("h2-" + System.nanoTime());
        DatabaseOptions pg = new DatabaseOptions();
        pg.db = pgUrl;
        pg.dbUser = pgUser;
        pg.dbPassword = "";

        List<Path> files = generate(h2.properties(), work, n, years);
        long[] h2Peaks = new long[years + 1];
        long[] h2Sizes = importYears(h2.properties(), files, i -> {
            // as `khcn import` ends: the file as the import left it, then compacted when mostly dead space
            h2Peaks[i] = size(h2.data.resolve("khcn.mv.db"));
            h2.compactEmbedded().ifPresent(System.out::println);
            return size(h2.data.resolve("khcn.mv.db"));
        });
        if (pgUrl.equals("-")) {
            return;
        }
        Map<String, Object> pgProps = pg.properties();
        prepare(pgProps);
        long[] pgSizes = importYears(pgProps, files, i -> {
            try (ConfigurableApplicationContext ctx = Khcn.start(pgProps)) {
                JdbcClient jdbc = ctx.getBean(JdbcClient.class);
                jdbc.sql("vacuum").update();
                return jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
            }
        });

        System.out.println();
        System.out.printf("| %-42s | %14s | %14s | %14s | %8s |%n", "after (" + String.format("%,d", n) + " rows a year)", "H2 as written",
                "H2 file", "PostgreSQL", "H2 / PG");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        for (int i = 0; i <= years; i++) {
            System.out.printf("| %-42s | %,11d MB | %,11d MB | %,11d MB | %7.2f× |%n",
                    i == 0 ? "the empty register (migrations, no demo)" : i + (i == 1 ? " year imported" : " years imported"), h2Peaks[i] >> 20,
                    h2Sizes[i] >> 20, pgSizes[i] >> 20, (double) h2Sizes[i] / pgSizes[i]);
        }
    }

    interface Size {
        /** The database's size after {@code imported} files. */
        long read(int imported) throws Exception;
    }

    private static long[] importYears(Map<String, Object> props, List<Path> files, Size size) throws Exception {
        long[] sizes = new long[files.size() + 1];
        try (ConfigurableApplicationContext ctx = Khcn.start(props)) {
            owners(ctx);
        }
        sizes[0] = size.read(0);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            long s = System.nanoTime();
            try (ConfigurableApplicationContext ctx = Khcn.start(props)) {
                ImportOutcome out = ctx.getBean(Imports.class).importFile(f, f.getFileName().toString(), "verifications", null);
                if (out.refused()) {
                    throw new IllegalStateException("refused: " + out.summary() + " " + out.errors());
                }
            }
            sizes[i + 1] = size.read(i + 1);
            System.out.printf("%s: %s imported in %.1f s, %,d MB%n", props.get("spring.datasource.url").toString().split(";")[0], f.getFileName(),
                    (System.nanoTime() - s) / 1e9, sizes[i + 1] >> 20);
        }
        return sizes;
    }

    private static List<String> owners(ConfigurableApplicationContext ctx) {
        Organisations orgs = ctx.getBean(Organisations.class);
        List<String> owners = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            owners.add(orgs.findOrCreate("Cơ sở đo lường thử số " + i, OrganisationKind.ENTERPRISE, "Hòa An").name());
        }
        return owners;
    }

    private static void prepare(Map<String, Object> props) {
        try (ConfigurableApplicationContext ctx = Khcn.start(props)) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            jdbc.sql("delete from audit_log where entity_type in ('verification', 'exchange_import')").update();
            jdbc.sql("delete from verification").update();
        }
    }

    private static List<Path> generate(Map<String, Object> props, Path work, int n, int years) throws Exception {
        List<Path> files = new ArrayList<>();
        try (ConfigurableApplicationContext ctx = Khcn.start(props)) {
            List<String> owners = owners(ctx);
            List<InstrumentType> types = ctx.getBean(InstrumentTypes.class).all();
            var spec = ctx.getBean(Imports.class).register("verifications");
            for (int y = 0; y < years; y++) {
                Path csv = work.resolve("kiem-dinh-" + (2022 + y) + "-" + n + ".csv");
                files.add(csv);
                if (Files.exists(csv)) {
                    continue;
                }
                LocalDate first = LocalDate.of(2022 + y, 1, 1);
                try (OutputStream os = Files.newOutputStream(csv); vn.gov.khcn.shared.TableWriter w = ListWriter.csv(spec, os)) {
                    for (int i = 0; i < n; i++) {
                        boolean pass = i % 10 != 0;
                        w.row(new Object[] {types.get(i % types.size()).name(), "S" + y + "-" + i, owners.get(i % owners.size()),
                                first.plusDays(i % 365), "Định kỳ", pass ? "Đạt" : "Không đạt", pass ? "T" + y + "-" + i : null,
                                "Kiểm định viên " + (i % 7)});
                    }
                }
            }
        }
        return files;
    }

    private static long size(Path file) throws Exception {
        return Files.size(file);
    }
}
