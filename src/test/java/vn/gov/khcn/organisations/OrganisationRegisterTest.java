package vn.gov.khcn.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/** The shared organisation register: one organisation per name under concurrency, versions required, audit. */
class OrganisationRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends OrganisationRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends OrganisationRegisterContract {
    }
}

abstract class OrganisationRegisterContract {
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    private long named(String name) {
        return jdbc.sql("select count(*) from organisation where name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void twentyImportsNamingTheSameNewOrganisationAtOnceShareOneOrganisation() {
        String name = unique("Công ty TNHH Chè Phja Đén");
        List<Concurrently.Outcome<Organisation>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("tdc"),
                n -> organisations.findOrCreate(name, OrganisationKind.ENTERPRISE, "Nguyên Bình"));
        assertThat(outcomes).allMatch(Concurrently.Outcome::ok);
        assertThat(outcomes).extracting(o -> o.result().id()).containsOnly(outcomes.get(0).result().id());
        assertThat(named(name)).isOne();
    }

    @Test
    void twentyClerksAddingTheSameOrganisationAtOnceStoreItOnce() {
        String name = unique("Hợp tác xã Miến dong Nguyên Bình");
        List<Concurrently.Outcome<Organisation>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("qlkh"),
                n -> organisations.record(OrganisationCommand.of(name, OrganisationKind.COOPERATIVE, "Nguyên Bình", null, null)));
        OneStored.theRestRefused(outcomes, DomainException.class, "đã có");
        assertThat(named(name)).isOne();
    }

    @Test
    @WithUserDetails("qlkh")
    void aCorrectionNamesTheVersionItWasMadeFrom() {
        Organisation o = organisations.record(OrganisationCommand.of(unique("Công ty Rượu"), OrganisationKind.ENTERPRISE, null, null, null));
        assertThatThrownBy(() -> organisations.correct(o.id(), new OrganisationCommand(o.name(), o.kind(), "Hòa An", null, null, null)))
                .isInstanceOf(VersionRequiredException.class);
        assertThat(organisations.get(o.id()).district()).isNull();
    }

    @Test
    @WithUserDetails("qlkh")
    void aCorrectionToTheNameOfAnotherOrganisationIsRefused() {
        Organisation a = organisations.record(OrganisationCommand.of(unique("Công ty A"), OrganisationKind.ENTERPRISE, null, null, null));
        Organisation b = organisations.record(OrganisationCommand.of(unique("Công ty B"), OrganisationKind.ENTERPRISE, null, null, null));
        assertThatThrownBy(() -> organisations.correct(b.id(), new OrganisationCommand(a.name(), b.kind(), null, null, null, b.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("đã có trong danh mục");
        assertThat(organisations.get(b.id()).name()).isEqualTo(b.name());
    }

    @Test
    @WithUserDetails("qlkh")
    void searchIgnoresDiacriticsAndCase() {
        organisations.record(new OrganisationCommand("Hợp tác xã Lê Đông Khê " + getClass().getSimpleName(),
                OrganisationKind.COOPERATIVE, "Thạch An", null, null, null));
        var page = organisations.search(new OrganisationQuery("le dong khe " + getClass().getSimpleName().toLowerCase(), null, null), 0, 10);
        assertThat(page.items()).extracting(Organisation::name).anyMatch(n -> n.startsWith("Hợp tác xã Lê Đông Khê"));
    }

    @Test
    @WithUserDetails("qlkh")
    void searchFindsTheWordsTypedInAnyOrder() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        organisations.record(OrganisationCommand.of("Trung tâm Y tế huyện Hòa An " + tag, OrganisationKind.STATE_AGENCY, "Hòa An", null, null));
        for (String q : List.of("y te huyen hoa an", "trung tam y te hoa an", "hoa an trung tam", "HÒA AN  Y TẾ")) {
            assertThat(organisations.search(new OrganisationQuery(q + " " + tag, null, null), 0, 10).items()).as(q)
                    .extracting(Organisation::name).containsExactly("Trung tâm Y tế huyện Hòa An " + tag);
        }
        assertThat(organisations.search(new OrganisationQuery("trung tam y te bao lac " + tag, null, null), 0, 10).items()).isEmpty();
    }

    @Test
    @WithUserDetails("qlkh")
    void aPickerAlwaysHoldsTheCurrentChoiceEvenBeyondItsFirstPage() {
        Organisation chosen = organisations.record(new OrganisationCommand("Công ty Chọn Sẵn " + getClass().getSimpleName(),
                OrganisationKind.ENTERPRISE, null, null, null, null));
        // a picker of state agencies does not list the enterprise, except as the choice already made
        assertThat(organisations.choices(OrganisationKind.STATE_AGENCY, null)).doesNotContainKey(chosen.id()).isNotEmpty();
        var withChoice = organisations.choices(OrganisationKind.STATE_AGENCY, chosen.id());
        assertThat(withChoice.keySet().iterator().next()).isEqualTo(chosen.id());
        assertThat(withChoice.get(chosen.id())).isEqualTo(chosen.name());
        assertThat(organisations.choices(null, null)).hasSizeLessThanOrEqualTo(Organisations.PICKER_SIZE);
    }

    @Test
    @WithUserDetails("qlkh")
    void secondSaveOfAStaleVersionIsRefusedAndNothingIsLost() {
        Organisation o = organisations.record(new OrganisationCommand("Công ty Chè " + getClass().getSimpleName(),
                OrganisationKind.ENTERPRISE, null, null, null, null));
        organisations.correct(o.id(), new OrganisationCommand(o.name(), o.kind(), "Hòa An", null, null, o.version()));
        assertThatThrownBy(() -> organisations.correct(o.id(), new OrganisationCommand(o.name(), o.kind(), "Bảo Lạc", null, null, o.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(organisations.get(o.id()).district()).isEqualTo("Hòa An");
    }

    @Test
    @WithUserDetails("qlkh")
    void everyChangeIsAudited() {
        Organisation o = organisations.record(new OrganisationCommand("Trạm y tế " + getClass().getSimpleName(),
                OrganisationKind.HEALTH_FACILITY, null, null, null, null));
        organisations.correct(o.id(), new OrganisationCommand(o.name(), o.kind(), "Hạ Lang", null, null, o.version()));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'organisation' and entity_id = :id order by id")
                .param("id", o.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    @WithUserDetails("xem")
    void viewerCannotAdd() {
        assertThatThrownBy(() -> organisations.record(new OrganisationCommand("X", OrganisationKind.OTHER, null, null, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesBadTaxCode() {
        assertThatThrownBy(() -> organisations.record(new OrganisationCommand("Y", OrganisationKind.OTHER, null, null, "12ab", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Mã số thuế");
    }
}
