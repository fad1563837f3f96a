package vn.gov.khcn.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/**
 * The document register: one document per number, symbol and date under concurrency; a document is corrected by
 * the unit that registered it, from the version read.
 */
class DocumentRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends DocumentRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends DocumentRegisterContract {
    }
}

abstract class DocumentRegisterContract {
    @Autowired
    Documents documents;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** A number of its own for each test run ("4711/KH-SKH&CN"), so runs sharing a database do not meet. */
    private static String number(String type) {
        return ThreadLocalRandom.current().nextInt(100_000, 999_999) + "/" + type + "-SKH&CN";
    }

    private long count(String numberSymbol) {
        return jdbc.sql("select count(*) from document where number_symbol = :n").param("n", numberSymbol).query(Long.class).single();
    }

    @Test
    void twentyImportsCitingTheSameNewDocumentAtOnceShareOneDocument() {
        String n = number("KH");
        List<Concurrently.Outcome<Document>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("qlkh"),
                i -> documents.findOrRegister(DocumentCommand.of(n, null, LocalDate.of(2024, 2, 5), null, "Kế hoạch thông tin KH&CN")));
        assertThat(outcomes).allMatch(Concurrently.Outcome::ok);
        assertThat(outcomes).extracting(o -> o.result().id()).containsOnly(outcomes.get(0).result().id());
        assertThat(count(n)).isOne();
    }

    @Test
    void twentyClerksRegisteringTheSameDocumentAtOnceRegisterItOnce() {
        String n = number("TB");
        List<Concurrently.Outcome<Document>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("vanphong"),
                i -> documents.register(DocumentCommand.of(n, null, LocalDate.of(2024, 3, 1), null, "Thông báo")));
        OneStored.theRestRefused(outcomes, DomainException.class, "đã có");
        assertThat(count(n)).isOne();
    }

    @Test
    @WithUserDetails("qlkh")
    void aDocumentBelongsToTheUnitThatRegisteredItAndOnlyThatUnitCorrectsIt() {
        Document d = documents.register(DocumentCommand.of(number("BC"), null, LocalDate.of(2024, 4, 2), null, "Báo cáo tháng 4"));
        assertThat(d.unit()).isEqualTo(Unit.SCIENCE);
        var other = accounts.loadUserByUsername("qlcn");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(other, null, other.getAuthorities()));
        assertThatThrownBy(() -> documents.correct(d.id(), new DocumentCommand(d.numberSymbol(), null, d.issuedOn(), null, "Sửa", d.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.get(d.id()).summary()).isEqualTo("Báo cáo tháng 4");
    }

    @Test
    @WithUserDetails("qlkh")
    void searchFindsNumberSymbolAndSummaryWordsInAnyOrderWithoutDiacritics() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Document d = documents.register(DocumentCommand.of(n + "/QĐ-UBND", null, LocalDate.of(2024, 6, 3), "UBND tỉnh",
                "Phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2025"));
        for (String q : List.of(n + " qd-ubnd", "nhiem vu dat hang " + n, "DANH MỤC " + n + " phê duyệt", n + "/qđ-ubnd cap tinh")) {
            assertThat(documents.search(new DocumentQuery(q, null, null), 0, 10).items()).as(q).extracting(Document::id).containsExactly(d.id());
        }
        assertThat(documents.search(new DocumentQuery(n + " nhiem vu cap huyen", null, null), 0, 10).items()).isEmpty();
    }

    @Test
    @WithUserDetails("qlkh")
    void aCorrectionOrAnAttachmentNamesTheVersionItWasMadeFrom() {
        Document d = documents.register(DocumentCommand.of(number("QĐ"), null, LocalDate.of(2024, 5, 6), "UBND tỉnh", null));
        assertThatThrownBy(() -> documents.correct(d.id(), new DocumentCommand(d.numberSymbol(), null, d.issuedOn(), null, "Sửa", null)))
                .isInstanceOf(VersionRequiredException.class);
        Document corrected = documents.correct(d.id(), new DocumentCommand(d.numberSymbol(), null, d.issuedOn(), "UBND tỉnh", "Quyết định", d.version()));
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> documents.attach(d.id(), d.version(), "qd.pdf", pdf.length, new ByteArrayInputStream(pdf)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(documents.attach(d.id(), corrected.version(), "qd.pdf", pdf.length, new ByteArrayInputStream(pdf)).fileName()).isEqualTo("qd.pdf");
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'document' and entity_id = :id order by id")
                .param("id", d.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE", "ATTACH");
    }
}
