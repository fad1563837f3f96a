package vn.gov.khcn.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import vn.gov.khcn.exchange.internal.ListWriter;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.testing.DatabaseInitializers;

/**
 * The three ways a verification import writes on PostgreSQL, on a database of its own that starts empty:
 * straight into the empty register with its indexes suspended, staged with the indexes suspended (many new rows),
 * staged through the live indexes (few). The bulk threshold is lowered to 1,000 rows so the files stay small.
 * Whatever the way, the register's indexes and constraints come back exactly as the migrations made them, a
 * refused file leaves nothing behind (not even a dropped index), and rows already present are skipped.
 */
@SpringBootTest(properties = "khcn.import.bulk-min=1000")
@ExtendWith({OutputCaptureExtension.class, vn.gov.khcn.testing.RunsAsSystem.class})
@ContextConfiguration(initializers = DatabaseInitializers.EmptyPostgres.class)
class VerificationBulkLoadOnPostgresTest {
    private static final String OWNER = "Công ty Cấp nước Nhập Khối (demo)";
    @Autowired
    Imports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organisations organisations;
    @TempDir
    Path dir;

    @Test
    void everyWayOfWritingKeepsTheIndexesAndSkipsWhatIsPresent(CapturedOutput log) throws IOException {
        organisations.record(new OrganisationCommand(OWNER, OrganisationKind.ENTERPRISE, null, null, null, null));
        List<String> schema = schema();
        assertThat(schema).anyMatch(d -> d.contains("UNIQUE INDEX verification_serial_date"))
                .anyMatch(d -> d.contains("FOREIGN KEY (owner_id)"));

        // refused after the first 10,000 rows went into the empty register: nothing stays, indexes included
        Path bad = csv("loi", 10_500, i -> i == 10_400 ? "Công ty Không Có" : OWNER, 0);
        ImportOutcome refused = imports.importFile(bad, "loi.csv", "verifications");
        assertThat(refused.refused()).isTrue();
        assertThat(refused.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("dòng 10402").contains("Công ty Không Có"));
        assertThat(count()).isZero();
        assertThat(schema()).isEqualTo(schema);

        // first load into the empty register
        ImportOutcome first = imports.importFile(csv("dau", 3_000, i -> OWNER, 0), "dau.csv", "verifications");
        assertThat(first.errors()).isEmpty();
        assertThat(first.added()).isEqualTo(3_000);
        assertThat(schema()).isEqualTo(schema);
        assertThat(imported(first)).isEqualTo(3_000);
        assertThat(log.getOut()).contains("Import " + first.importId() + ": 3000 verifications copied into the empty register");

        // 2,000 rows, 500 of them present: 1,500 new rows are many next to 3,000, so the indexes are suspended again
        ImportOutcome second = imports.importFile(csv("hai", 2_000, i -> OWNER, 2_500), "hai.csv", "verifications");
        assertThat(second.added()).isEqualTo(1_500);
        assertThat(second.skipped()).isEqualTo(500);
        assertThat(schema()).isEqualTo(schema);
        assertThat(imported(second)).isEqualTo(1_500);
        assertThat(log.getOut()).contains("Import " + second.importId() + ": 1500 new verifications written with the register's indexes suspended");

        // 10 rows, 5 present: through the live indexes
        ImportOutcome third = imports.importFile(csv("ba", 10, i -> OWNER, 4_495), "ba.csv", "verifications");
        assertThat(third.added()).isEqualTo(5);
        assertThat(third.skipped()).isEqualTo(5);
        assertThat(count()).isEqualTo(4_505);
        assertThat(log.getOut()).doesNotContain("Import " + third.importId() + ":");
        assertThat(schema()).isEqualTo(schema);

        // a later load re-verifies KH-1..KH-9: their earlier passing verifications leave the due list's index
        assertThat(superseded()).isZero();
        ImportOutcome later = imports.importFile(csv("bon", 9, i -> OWNER, 1, LocalDate.of(2026, 11, 1)), "bon.csv", "verifications");
        assertThat(later.added()).isEqualTo(9);
        assertThat(superseded()).isEqualTo(9);

        // the rebuilt unique index still refuses a doubled serial and date, the foreign key an unknown owner
        assertThatThrownBy(() -> jdbc.sql("""
                insert into verification(type_code, serial, owner_id, verified_on, kind, result, unit)
                select type_code, serial, owner_id, verified_on, kind, result, unit from verification where serial = 'KH-1'""").update())
                .hasMessageContaining("verification_serial_date");
        assertThatThrownBy(() -> jdbc.sql("update verification set owner_id = -1 where serial = 'KH-1'").update())
                .hasMessageContaining("foreign key");
        // the planner knows the register's size after a bulk load
        assertThat(jdbc.sql("select reltuples from pg_class where relname = 'verification'").query(Double.class).single())
                .isGreaterThan(4_000);
    }

    private List<String> schema() {
        return jdbc.sql("""
                select indexdef from pg_indexes where tablename = 'verification'
                union all
                select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint where conrelid = 'verification'::regclass
                order by 1""").query(String.class).list();
    }

    private long superseded() {
        return jdbc.sql("select count(*) from verification where superseded").query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from verification").query(Long.class).single();
    }

    private long imported(ImportOutcome o) {
        return jdbc.sql("select count(*) from verification where import_id = :id").param("id", o.importId()).query(Long.class).single();
    }

    /** {@code n} rows with serials KH-{from}… in the register's CSV template. */
    private Path csv(String name, int n, IntFunction<String> owner, int from) throws IOException {
        return csv(name, n, owner, from, LocalDate.of(2026, 1, 1));
    }

    private Path csv(String name, int n, IntFunction<String> owner, int from, LocalDate first) throws IOException {
        Path file = dir.resolve(name + ".csv");
        try (OutputStream os = Files.newOutputStream(file); vn.gov.khcn.shared.TableWriter w = ListWriter.csv(imports.register("verifications"), os)) {
            for (int i = 0; i < n; i++) {
                int k = from + i;
                w.row(new Object[] {"Đồng hồ nước", "KH-" + k, owner.apply(i), first.plusDays(k % 300), "Định kỳ",
                        k % 10 == 0 ? "Không đạt" : "Đạt", k % 10 == 0 ? null : "TEM-" + k, null});
            }
        }
        return file;
    }
}
