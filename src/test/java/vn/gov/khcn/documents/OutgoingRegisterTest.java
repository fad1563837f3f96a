package vn.gov.khcn.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/**
 * The department's outgoing register (sổ văn bản đi): one sequence of numbers a year shared by every outgoing
 * document, distinct under concurrency, moved by a clerk's registered outgoing document and by nothing else.
 */
class OutgoingRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends OutgoingRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends OutgoingRegisterContract {
    }
}

abstract class OutgoingRegisterContract {
    @Autowired
    Documents documents;
    @Autowired
    UserAccounts accounts;

    /** Years of their own for each test (and the one after), before any record of the demo: each run has a new database. */
    private static final AtomicInteger YEARS = new AtomicInteger(1901);

    private static int year() {
        return YEARS.getAndAdd(2);
    }

    private static List<Integer> oneToTwenty() {
        return IntStream.rangeClosed(1, 20).boxed().toList();
    }

    @Test
    void twentyReservationsAtOnceGetTwentyDistinctConsecutiveNumbers() {
        int y = year();
        List<Concurrently.Outcome<Integer>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("vanphong"),
                i -> documents.reserveOutgoingNumber(y));
        assertThat(outcomes).allMatch(Concurrently.Outcome::ok);
        assertThat(outcomes.stream().map(Concurrently.Outcome::result).sorted().toList()).isEqualTo(oneToTwenty());
    }

    @Test
    void twentyReservationsAtOnceInAYearAlreadyBegunContinueItsSequence() {
        int y = year();
        assertThat(Concurrently.run(1, accounts.loadUserByUsername("vanphong"), i -> documents.reserveOutgoingNumber(y)).get(0).result())
                .isEqualTo(1);
        List<Concurrently.Outcome<Integer>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("vanphong"),
                i -> documents.reserveOutgoingNumber(y));
        assertThat(outcomes).allMatch(Concurrently.Outcome::ok);
        assertThat(outcomes.stream().map(Concurrently.Outcome::result).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(2, 21).boxed().toList());
    }

    @Test
    void twentyOutgoingDocumentsFiledAtOnceAreNumberedZeroOneToTwenty() {
        int y = year();
        List<Concurrently.Outcome<Document>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("vanphong"),
                i -> documents.registerOutgoing(new OutgoingDocument("BC-SKH&CN", DocumentType.REPORT, LocalDate.of(y, 6, 1 + i),
                        "Báo cáo thử " + i, "Bế Đăng Khoa", null, null)));
        assertThat(outcomes).allMatch(Concurrently.Outcome::ok);
        List<Document> filed = outcomes.stream().map(Concurrently.Outcome::result).toList();
        assertThat(filed.stream().map(Document::number).sorted().toList()).isEqualTo(oneToTwenty());
        assertThat(filed).allMatch(Document::outgoing).extracting(Document::numberSymbol)
                .contains("01/BC-SKH&CN", "09/BC-SKH&CN", "10/BC-SKH&CN", "20/BC-SKH&CN");
    }

    @Test
    @WithUserDetails("vanphong")
    void aRegisteredOutgoingDocumentOfTheDepartmentMovesTheNextNumberAndOthersDoNot() {
        int y = year();
        Document own = documents.register(DocumentCommand.of("05/KH-SKH&CN", null, LocalDate.of(y, 3, 2), null, "Kế hoạch thông tin KH&CN"));
        Document province = documents.register(DocumentCommand.of("40/QĐ-UBND", null, LocalDate.of(y, 3, 3), "UBND tỉnh", "Quyết định"));
        Document legal = documents.register(DocumentCommand.of("30/" + y + "/QĐ-SKH&CN", null, LocalDate.of(y, 3, 4), null, "Quy định"));
        Document cited = documents.register(DocumentCommand.of("50/TB-SKH&CN", null, LocalDate.of(y, 3, 5), "Sở KH&CN tỉnh Bắc Kạn", "Thông báo"));
        assertThat(own.outgoing()).isTrue();
        assertThat(List.of(province, legal, cited)).noneMatch(Document::outgoing);

        assertThat(documents.reserveOutgoingNumber(y)).isEqualTo(6);
        Document filed = documents.registerOutgoing(new OutgoingDocument("BC-SKH&CN", DocumentType.REPORT, LocalDate.of(y, 3, 20),
                "Báo cáo quý I", "Bế Đăng Khoa", "/reports/1", "Báo cáo quý kỳ " + y + "-03"));
        assertThat(filed.numberSymbol()).isEqualTo("07/BC-SKH&CN");
        // the next year starts again at 01
        assertThat(documents.reserveOutgoingNumber(y + 1)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("vanphong")
    void aFiledOutgoingDocumentKeepsItsFieldsAndIsFoundBySummaryAndNumber() {
        int y = year();
        Document filed = documents.registerOutgoing(new OutgoingDocument("BC-SKH&CN", DocumentType.REPORT, LocalDate.of(y, 9, 17),
                "Báo cáo tình hình hoạt động KH&CN 9 tháng đầu năm " + y, "Bế Đăng Khoa", "/reports/42", "Báo cáo 9 tháng kỳ " + y + "-09"));
        Document stored = documents.get(filed.id());
        assertThat(stored.numberSymbol()).isEqualTo("01/BC-SKH&CN");
        assertThat(stored.number()).isEqualTo(1);
        assertThat(stored.typeCode()).isEqualTo(DocumentType.REPORT);
        assertThat(stored.issuerSymbol()).isEqualTo("SKH&CN");
        assertThat(stored.issuedOn()).isEqualTo(LocalDate.of(y, 9, 17));
        assertThat(stored.signer()).isEqualTo("Bế Đăng Khoa");
        assertThat(stored.originPath()).isEqualTo("/reports/42");
        assertThat(stored.outgoing()).isTrue();
        assertThat(stored.citation()).isEqualTo("Báo cáo số 01/BC-SKH&CN ngày 17/9/" + y);
        assertThat(documents.search(new DocumentQuery("tinh hinh hoat dong KH&CN 9 thang dau nam " + y, null, y), 0, 25).items())
                .extracting(Document::id).containsExactly(filed.id());
        assertThat(documents.search(new DocumentQuery("01/BC-SKH&CN", DocumentType.REPORT, y), 0, 25).items())
                .extracting(Document::id).containsExactly(filed.id());
    }
}
