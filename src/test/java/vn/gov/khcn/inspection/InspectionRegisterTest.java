package vn.gov.khcn.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/**
 * The inspectorate's register: one inspection per decision, each facility once in an inspection (also when twenty
 * clerks save at once: the inspection is held while a facility is added), the findings' rules, versions, access.
 */
class InspectionRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends InspectionRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends InspectionRegisterContract {
    }
}

abstract class InspectionRegisterContract {
    @Autowired
    Inspections inspections;
    @Autowired
    Documents documents;
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /** The unit's clerk, signed in for a page or API request. */
    org.springframework.test.web.servlet.request.RequestPostProcessor clerk() {
        return user(accounts.loadUserByUsername("thanhtra"));
    }

    /** A decision of the document register no inspection names yet. */
    long decision() {
        String n = (int) (Math.random() * 9000 + 1000) + "/QĐ-TTr" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        return documents.findOrRegister(new DocumentCommand(n, DocumentType.DECISION, LocalDate.of(2024, 4, 2), null,
                "Quyết định thanh tra thử", null)).id();
    }

    long facility() {
        return organisations.findOrCreate("Cơ sở thanh tra thử " + UUID.randomUUID(), OrganisationKind.ENTERPRISE, "Hòa An").id();
    }

    Inspection opened(long decision) {
        return inspections.record(InspectionCommand.of(decision, InspectionField.QUALITY, "Thanh tra thử", LocalDate.of(2024, 4, 5), null));
    }

    @Test
    @WithUserDetails("thanhtra")
    void twentyClerksRecordingTheSameInspectionAtOnceStoreItOnce() {
        long d = decision();
        List<Concurrently.Outcome<Inspection>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("thanhtra"),
                n -> inspections.record(InspectionCommand.of(d, InspectionField.MEASUREMENT, "Thanh tra đồng thời " + n, LocalDate.of(2024, 4, 8), null)));
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(19).allSatisfy(o -> assertThat(o.error())
                .isInstanceOf(DomainException.class).hasMessageContaining("Đã có cuộc thanh tra theo Quyết định"));
        assertThat(jdbc.sql("select count(*) from inspection where decision_doc_id = :d").param("d", d).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("thanhtra")
    void twentyClerksAddingTheSameFacilityToAnInspectionAtOnceAddItOnce() {
        Inspection i = opened(decision());
        long f = facility();
        List<Concurrently.Outcome<Inspection>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("thanhtra"),
                n -> inspections.recordFacility(i.id(), FacilityFindingCommand.of(f, 1, "Lỗi " + n, "Cảnh cáo", 0L)));
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(19).allSatisfy(o -> assertThat(o.error())
                .isInstanceOf(DomainException.class).hasMessageContaining("đã có trong cuộc thanh tra này"));
        assertThat(inspections.get(i.id()).facilities()).singleElement().satisfies(x -> assertThat(x.facilityId()).isEqualTo(f));
    }

    @Test
    @WithUserDetails("thanhtra")
    void findingsAreCheckedEachFacilityCountsOnceAndEveryWriteIsAudited() {
        Inspection i = opened(decision());
        long f = facility();
        assertThatThrownBy(() -> inspections.recordFacility(i.id(), FacilityFindingCommand.of(f, 0, null, null, 5_000_000L)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vi phạm");
        assertThatThrownBy(() -> inspections.recordFacility(i.id(), FacilityFindingCommand.of(f, -1, null, null, 0L)))
                .isInstanceOf(DomainException.class).hasMessageContaining("số hành vi vi phạm");
        Inspection withFine = inspections.recordFacility(i.id(), FacilityFindingCommand.of(f, 2, "Hai lỗi", "Phạt tiền", 12_500_000L));
        assertThat(withFine.totalFines()).isEqualTo(12_500_000L);
        assertThatThrownBy(() -> inspections.recordFacility(i.id(), FacilityFindingCommand.of(f, 0, null, null, 0L)))
                .isInstanceOf(DomainException.class).hasMessageContaining("đã có");
        InspectedFacility found = withFine.facilities().get(0);
        assertThat(found.openedOn()).isEqualTo(i.openedOn());
        assertThatThrownBy(() -> inspections.correctFacility(i.id(), found.id(), FacilityFindingCommand.of(f, 1, "Một lỗi", "Phạt tiền", 7_500_000L)))
                .isInstanceOf(VersionRequiredException.class);
        Inspection changed = inspections.correctFacility(i.id(), found.id(), new FacilityFindingCommand(f, 1, "Một lỗi", "Phạt tiền",
                7_500_000L, found.version(), null));
        assertThat(changed.totalFines()).isEqualTo(7_500_000L);
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'inspection' and entity_id = :id order by id")
                .param("id", i.id()).query(String.class).list()).containsExactly("CREATE");
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'inspection-facility' and entity_id = :id order by id")
                .param("id", found.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    @WithUserDetails("thanhtra")
    void aFacilityIsCorrectedOnlyThroughItsOwnInspection() {
        Inspection one = opened(decision());
        Inspection other = opened(decision());
        InspectedFacility f = inspections.recordFacility(one.id(), FacilityFindingCommand.of(facility(), 0, null, null, 0L)).facilities().get(0);
        assertThatThrownBy(() -> inspections.correctFacility(other.id(), f.id(), new FacilityFindingCommand(f.facilityId(), 1, null, null, 0L,
                f.version(), null))).isInstanceOf(vn.gov.khcn.shared.NotFoundException.class);
        assertThat(inspections.facility(f.id()).violations()).isZero();
    }

    @Test
    @WithUserDetails("qlcn")
    void technologyStaffCannotRecordInspectionsNorTheirFacilities() {
        assertThatThrownBy(() -> inspections.record(InspectionCommand.of(1L, InspectionField.RADIATION, "X", LocalDate.of(2024, 1, 1), null)))
                .isInstanceOf(AccessDeniedException.class);
        long someInspection = inspections.search(new InspectionQuery(2021, null)).get(0).id();
        assertThatThrownBy(() -> inspections.recordFacility(someInspection, FacilityFindingCommand.of(null, 0, null, null, 0L)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("thanhtra")
    void theInspectionsPageAddsAFacilityOrShowsTheBrokenRule() throws Exception {
        Inspection i = opened(decision());
        String f = String.valueOf(facility());
        mvc.perform(post("/inspections/" + i.id() + "/facilities").with(clerk()).with(csrf()).param("facilityId", f).param("violations", "0")
                        .param("fineVnd", "2000000"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Có tiền phạt thì phải có ít nhất một hành vi vi phạm.")));
        mvc.perform(post("/inspections/" + i.id() + "/facilities").with(clerk()).with(csrf()).param("facilityId", f).param("violations", "1")
                        .param("fineVnd", "2000000")).andExpect(redirectedUrl("/inspections/" + i.id()));
        assertThat(inspections.get(i.id()).totalFines()).isEqualTo(2_000_000L);
        mvc.perform(get("/api/inspections").with(clerk()).param("year", "2021")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5));
        mvc.perform(get("/api/inspections").with(clerk()).param("year", "2021").param("field", "RADIATION")).andExpect(jsonPath("$.length()").value(2));
    }
}
