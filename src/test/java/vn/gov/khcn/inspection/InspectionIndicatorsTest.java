package vn.gov.khcn.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.geography.CommuneCommand;
import vn.gov.khcn.geography.CommuneKind;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/**
 * Inspections by kind (thanh tra, kiểm tra), their facilities by kind, field and commune, and the instruments checked in
 * them, computed from the records on both databases; the kind and the instruments come in through the API and the page.
 */
class InspectionIndicatorsTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends InspectionIndicatorsContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends InspectionIndicatorsContract {
    }
}

abstract class InspectionIndicatorsContract {
    @Autowired
    List<IndicatorProvider> providers;
    @Autowired
    Inspections inspections;
    @Autowired
    Documents documents;
    @Autowired
    Organisations organisations;
    @Autowired
    Geography geography;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /**
     * A year of its own per test, so that no other record of the shared database falls in the period: 2050–2069 has no
     * issued report of any test (the report workflow's are 2070 and later), which would lock the period.
     */
    static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(2050);
    final int year = YEARS.getAndIncrement();
    final DateRange march = new DateRange(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
    final String tag = UUID.randomUUID().toString().substring(0, 6);

    Indicator indicator(String code) {
        return providers.stream().flatMap(p -> p.indicators().stream()).filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    IndicatorValue value(String code) {
        return indicator(code).compute(march);
    }

    long decision(int day) {
        return documents.findOrRegister(new DocumentCommand(day + "/QĐ-TTr" + tag.toUpperCase(), DocumentType.DECISION,
                LocalDate.of(year, 2, day), null, "Quyết định thanh tra, kiểm tra thử", null)).id();
    }

    /** A facility in a commune of the geography register (from 1/7/2025), or in none. */
    long facility(String commune) {
        return CurrentUser.runAsSystem(() -> organisations.record(OrganisationCommand.of("Cơ sở chỉ tiêu thanh tra " + UUID.randomUUID(),
                OrganisationKind.ENTERPRISE, null, commune, null)).id());
    }

    String commune(String name) {
        return CurrentUser.runAsSystem(() -> geography.recordCommune(CommuneCommand.of("T" + ThreadLocalRandom.current().nextInt(100000, 999999),
                name, CommuneKind.COMMUNE, LocalDate.of(2025, 7, 1), null)).code());
    }

    @Test
    @WithUserDetails("thanhtra")
    void inspectionsAndChecksAreCountedByKindFieldAndCommuneWithTheInstrumentsChecked() throws Exception {
        String x = commune("Thanh Tra " + tag + " Một");
        String y = commune("Thanh Tra " + tag + " Hai");
        long a = facility(x);
        long b = facility(y);
        long c = facility(null);
        // a thanh tra: a kind left out is a thanh tra
        Inspection thanhTra = inspections.record(InspectionCommand.of(decision(1), InspectionField.MEASUREMENT, "Thanh tra đo lường " + tag,
                LocalDate.of(year, 3, 5), null));
        assertThat(thanhTra.kind()).isEqualTo(InspectionKind.INSPECTION);
        inspections.recordFacility(thanhTra.id(), new FacilityFindingCommand(a, 0, null, null, 0L, null, null, 12));
        inspections.recordFacility(thanhTra.id(), FacilityFindingCommand.of(b, 0, null, null, 0L));

        // a check of another month does not count
        Inspection may = inspections.record(new InspectionCommand(decision(3), InspectionField.MEASUREMENT, "Kiểm tra tháng 5 " + tag,
                LocalDate.of(year, 5, 4), null, null, null, InspectionKind.CHECK));
        inspections.recordFacility(may.id(), new FacilityFindingCommand(c, 0, null, null, 0L, null, null, 40));
        long checkDecision = decision(2);
        // (the requests below sign the clerk in and out: what needs the signed-in clerk comes before them)
        // a kiểm tra through the API, with the instruments checked at a facility already inspected in the month and at one in no commune
        String created = mvc.perform(post("/api/inspections").with(clerk()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decisionDocId\": " + checkDecision + ", \"field\": \"QUALITY\", \"kind\": \"CHECK\", \"title\": \"Kiểm tra chất lượng "
                                + tag + "\", \"openedOn\": \"" + year + "-03-10\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("CHECK")).andReturn().getResponse().getContentAsString();
        long check = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        mvc.perform(post("/api/inspections/" + check + "/facilities").with(clerk()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"facilityId\": " + a + ", \"instrumentsChecked\": 3}")).andExpect(status().isCreated());
        // and from the inspection's page
        mvc.perform(post("/inspections/" + check + "/facilities").with(clerk()).with(csrf()).param("facilityId", String.valueOf(c))
                .param("violations", "0").param("instrumentsChecked", "5")).andExpect(redirectedUrl("/inspections/" + check));
        assertThat(inspections.get(check).instrumentsChecked()).isEqualTo(8);

        IndicatorValue campaigns = value("inspection.campaigns");
        assertThat(campaigns.value()).as("the thanh tra only").isEqualTo(1);
        assertThat(campaigns.by().get("field")).isEqualTo(Map.of("MEASUREMENT", 1L));
        IndicatorValue facilities = value("inspection.facilities");
        assertThat(facilities.value()).isEqualTo(2);
        assertThat(facilities.by().get("commune")).isEqualTo(Map.of(x, 1L, y, 1L));

        IndicatorValue checks = value("inspection.checks");
        assertThat(checks.value()).isEqualTo(1);
        assertThat(checks.by().get("kind")).isEqualTo(Map.of("CHECK", 1L));
        assertThat(checks.by().get("field")).isEqualTo(Map.of("QUALITY", 1L));
        IndicatorValue checked = value("inspection.checkedFacilities");
        assertThat(checked.value()).as("a facility inspected, then checked, counts in both").isEqualTo(2);
        assertThat(checked.by().get("commune")).isEqualTo(Map.of(x, 1L, "NONE", 1L));

        IndicatorValue all = value("inspection.all");
        assertThat(all.value()).isEqualTo(2);
        assertThat(all.by().get("kind")).isEqualTo(Map.of("INSPECTION", 1L, "CHECK", 1L));
        assertThat(all.by().get("field")).isEqualTo(Map.of("MEASUREMENT", 1L, "QUALITY", 1L));
        assertThat(all.by().get("kind/field")).isEqualTo(Map.of("INSPECTION/MEASUREMENT", 1L, "CHECK/QUALITY", 1L));
        assertThat(all.records()).extracting(r -> r.href()).containsExactly("/inspections/" + thanhTra.id(), "/inspections/" + check);

        IndicatorValue allFacilities = value("inspection.allFacilities");
        assertThat(allFacilities.value()).as("a facility inspected twice counts once, under its first inspection").isEqualTo(3);
        assertThat(allFacilities.by().get("kind")).isEqualTo(Map.of("INSPECTION", 2L, "CHECK", 1L));
        assertThat(allFacilities.by().get("commune")).isEqualTo(Map.of(x, 1L, y, 1L, "NONE", 1L));
        assertThat(allFacilities.records()).extracting(r -> r.id()).containsExactly(a, b, c);

        IndicatorValue instruments = value("inspection.instrumentsChecked");
        assertThat(instruments.value()).isEqualTo(20);
        assertThat(instruments.by().get("kind")).isEqualTo(Map.of("INSPECTION", 12L, "CHECK", 8L));
        assertThat(instruments.by().get("field")).isEqualTo(Map.of("MEASUREMENT", 12L, "QUALITY", 8L));
        assertThat(instruments.records()).hasSize(3).allSatisfy(r -> assertThat(r.detail()).contains("phương tiện đo"));

        // parts print by the labels of the vocabulary and of the geography register
        assertThat(indicator("inspection.all").labels("kind")).containsEntry("INSPECTION", "Thanh tra").containsEntry("CHECK", "Kiểm tra");
        assertThat(indicator("inspection.allFacilities").labels("commune")).containsEntry(x, "xã Thanh Tra " + tag + " Một")
                .containsEntry("NONE", "chưa xác định xã, phường");
        // every write is audited, the kind too
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'inspection' and entity_id = :id").param("id", check)
                .query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("thanhtra")
    void aKindOutsideTheVocabularyAndANegativeCountAreRefused() {
        assertThatThrownBy(() -> inspections.record(new InspectionCommand(decision(4), InspectionField.MEASUREMENT, "Loại lạ " + tag,
                LocalDate.of(year, 3, 6), null, null, null, new InspectionKind("NOT_A_KIND"))))
                .isInstanceOf(DomainException.class);
        Inspection i = inspections.record(InspectionCommand.of(decision(5), InspectionField.MEASUREMENT, "Thanh tra " + tag,
                LocalDate.of(year, 3, 6), null));
        assertThatThrownBy(() -> inspections.recordFacility(i.id(), new FacilityFindingCommand(facility(null), 0, null, null, 0L, null, null, -1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("phương tiện đo");
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor clerk() {
        return user(accounts.loadUserByUsername("thanhtra"));
    }
}
