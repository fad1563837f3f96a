package vn.gov.khcn.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;

/** The organisation register's rules, run on both databases by its subclasses. */
abstract class OrganisationRegisterContract {
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("qlkh")
    void searchIgnoresDiacriticsAndCase() {
        organisations.create(new OrganisationCommand("Hợp tác xã Lê Đông Khê " + getClass().getSimpleName(),
                OrganisationKind.COOPERATIVE, "Thạch An", null, null, null));
        var page = organisations.search("le dong khe " + getClass().getSimpleName().toLowerCase(), null, null, 0, 10);
        assertThat(page.items()).extracting(Organisation::name).anyMatch(n -> n.startsWith("Hợp tác xã Lê Đông Khê"));
    }

    @Test
    @WithUserDetails("qlkh")
    void aPickerAlwaysHoldsTheCurrentChoiceEvenBeyondItsFirstPage() {
        Organisation chosen = organisations.create(new OrganisationCommand("Công ty Chọn Sẵn " + getClass().getSimpleName(),
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
        Organisation o = organisations.create(new OrganisationCommand("Công ty Chè " + getClass().getSimpleName(),
                OrganisationKind.ENTERPRISE, null, null, null, null));
        organisations.update(o.id(), new OrganisationCommand(o.name(), o.kind(), "Hòa An", null, null, o.version()));
        assertThatThrownBy(() -> organisations.update(o.id(), new OrganisationCommand(o.name(), o.kind(), "Bảo Lạc", null, null, o.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(organisations.get(o.id()).district()).isEqualTo("Hòa An");
    }

    @Test
    @WithUserDetails("qlkh")
    void everyChangeIsAudited() {
        Organisation o = organisations.create(new OrganisationCommand("Trạm y tế " + getClass().getSimpleName(),
                OrganisationKind.HEALTH_FACILITY, null, null, null, null));
        organisations.update(o.id(), new OrganisationCommand(o.name(), o.kind(), "Hạ Lang", null, null, o.version()));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'organisation' and entity_id = :id order by id")
                .param("id", o.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    @WithUserDetails("xem")
    void viewerCannotAdd() {
        assertThatThrownBy(() -> organisations.create(new OrganisationCommand("X", OrganisationKind.OTHER, null, null, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("qlkh")
    void refusesBadTaxCode() {
        assertThatThrownBy(() -> organisations.create(new OrganisationCommand("Y", OrganisationKind.OTHER, null, null, "12ab", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Mã số thuế");
    }
}
