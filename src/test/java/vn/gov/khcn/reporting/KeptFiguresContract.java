package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationKind;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.metrology.Verifications;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.testing.Concurrently;

/**
 * A draft report's figures are kept while no record changes and computed again after any committed change: never
 * stale, on both databases. The generation of the records rises once per committed transaction that changed records,
 * not for one rolled back, and concurrent writers all commit. The months are in 2009, which no other test uses.
 */
@WithUserDetails("trungtam")
abstract class KeptFiguresContract {
    @Autowired
    ReportEngine engine;
    @Autowired
    AuditTrail audit;
    @Autowired
    Verifications verifications;
    @Autowired
    Organisations organisations;
    @Autowired
    PlatformTransactionManager tx;
    @Autowired
    UserDetailsService users;

    private long verificationsIn(YearMonth month) {
        return engine.view(ReportKind.MONTH, month).figures().get(ReportPeriod.MONTH, "metrology.verifications").orElseThrow().value();
    }

    private void verify(LocalDate on) {
        long owner = organisations.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
        String serial = "KEPT-" + UUID.randomUUID().toString().substring(0, 8);
        verifications.record(VerificationCommand.of("TAXIMET", serial, owner, on, VerificationKind.PERIODIC, VerificationResult.PASS,
                "TEM-" + serial, "Người thử (số liệu giữ lại)"));
    }

    @Test
    void aDraftReadsItsKeptFiguresUntilARecordChangesAndThenTheNewOnes() {
        YearMonth march = YearMonth.of(2009, 3);
        long before = verificationsIn(march);
        FigureSet kept = engine.view(ReportKind.MONTH, march).figures();
        assertThat(engine.view(ReportKind.MONTH, march).figures()).isSameAs(kept);
        long generation = audit.generation();

        verify(LocalDate.of(2009, 3, 4));

        assertThat(audit.generation()).isEqualTo(generation + 1);
        assertThat(engine.view(ReportKind.MONTH, march).figures()).isNotSameAs(kept);
        assertThat(verificationsIn(march)).isEqualTo(before + 1);
    }

    @Test
    void aTransactionThatChangedRecordsReadsThemButKeepsNothingAndARollbackRaisesNothing() {
        YearMonth april = YearMonth.of(2009, 4);
        long before = verificationsIn(april);
        long generation = audit.generation();
        TransactionTemplate t = new TransactionTemplate(tx);
        t.executeWithoutResult(status -> {
            assertThat(audit.changesPending()).isFalse();
            verify(LocalDate.of(2009, 4, 2));
            verify(LocalDate.of(2009, 4, 3));
            assertThat(audit.changesPending()).isTrue();
            assertThat(verificationsIn(april)).isEqualTo(before + 2);
            status.setRollbackOnly();
        });
        assertThat(audit.generation()).isEqualTo(generation);
        assertThat(verificationsIn(april)).isEqualTo(before);

        t.executeWithoutResult(status -> {
            verify(LocalDate.of(2009, 4, 5));
            verify(LocalDate.of(2009, 4, 6));
        });
        assertThat(audit.generation()).as("once for the transaction, however many records it changed").isEqualTo(generation + 1);
        assertThat(verificationsIn(april)).isEqualTo(before + 2);
    }

    @Test
    void writersCommittingAtTheSameTimeAllCommitAndEachRaisesTheGeneration() {
        YearMonth may = YearMonth.of(2009, 5);
        long before = verificationsIn(may);
        long generation = audit.generation();
        List<Concurrently.Outcome<Object>> outcomes = Concurrently.run(8, users.loadUserByUsername("trungtam"), n -> {
            verify(LocalDate.of(2009, 5, 1 + n));
            return null;
        });
        assertThat(outcomes).allMatch(Concurrently.Outcome::ok);
        assertThat(audit.generation()).isEqualTo(generation + 8);
        assertThat(verificationsIn(may)).isEqualTo(before + 8);
    }
}
