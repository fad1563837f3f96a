package vn.gov.khcn.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/**
 * The ISO 9001:2015 plan and checks: each agency once in a year's plan, one check of an agency a day (also when twenty
 * clerks save at once), the plan year of a check, the agencies planned and not yet checked, and the ISO page.
 */
class IsoPlanAndChecksTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends IsoPlanAndChecksContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends IsoPlanAndChecksContract {
    }
}

abstract class IsoPlanAndChecksContract extends TdcRegisterContract {
    @Autowired
    IsoPlan plan;
    @Autowired
    IsoChecks checks;

    long agency() {
        return organisation("Phòng kiểm tra ISO thử", OrganisationKind.STATE_AGENCY);
    }

    @Test
    @WithUserDetails("tdc")
    void twentyClerksPlanningTheSameAgencyAtOnceStoreItOnce() {
        long a = agency();
        twentyAtOnceStoreOne(n -> plan.record(new IsoPlanCommand(2031, a)), "đã có trong kế hoạch kiểm tra năm 2031");
        assertThat(jdbc.sql("select count(*) from iso_plan where agency_id = :a").param("a", a).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("tdc")
    void twentyClerksRecordingTheSameCheckAtOnceStoreItOnce() {
        long a = agency();
        twentyAtOnceStoreOne(n -> checks.record(IsoCheckCommand.of(a, null, LocalDate.of(2024, 7, 2), IsoResult.CONFORMING, "Lần " + n)),
                "02/07/2024", "đã có trong sổ");
        assertThat(jdbc.sql("select count(*) from iso_check where agency_id = :a").param("a", a).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("tdc")
    void aCheckCountsForThePlanOfItsYearUnlessAnotherIsNamed() {
        long early = agency();
        long late = agency();
        plan.record(new IsoPlanCommand(2032, early));
        plan.record(new IsoPlanCommand(2032, late));
        assertThat(checks.plannedNotChecked(2032)).extracting(IsoPlanEntry::agencyId).containsExactlyInAnyOrder(early, late);
        // the 2032 plan's check of "late" is made in January 2033
        assertThat(checks.record(IsoCheckCommand.of(late, 2032, LocalDate.of(2033, 1, 10), IsoResult.NEEDS_CORRECTION, null)).plannedYear())
                .isEqualTo(2032);
        assertThat(checks.record(IsoCheckCommand.of(early, null, LocalDate.of(2032, 11, 3), IsoResult.CONFORMING, null)).plannedYear())
                .isEqualTo(2032);
        assertThat(checks.plannedNotChecked(2032)).extracting(IsoPlanEntry::agencyId).doesNotContain(early, late);
        assertThat(checks.search(new IsoQuery(2032))).extracting(IsoCheck::agencyId).contains(early, late);
        assertThatThrownBy(() -> checks.record(IsoCheckCommand.of(early, null, LocalDate.of(2032, 11, 4), null, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("kết quả");
    }

    @Test
    @WithUserDetails("trungtam")
    void otherUnitsCannotPlanOrRecordChecks() {
        long a = organisations.findByName("Sở Tư pháp tỉnh Cao Bằng").orElseThrow().id();
        assertThatThrownBy(() -> plan.record(new IsoPlanCommand(null, a))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checks.record(IsoCheckCommand.of(a, null, LocalDate.of(2024, 1, 5), IsoResult.CONFORMING, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("tdc")
    void thePlanFormAddsAnAgencyAndTheIsoPageListsItUntilChecked() throws Exception {
        long a = agency();
        mvc.perform(post("/quality/iso/plan").with(clerk()).with(csrf()).param("year", "2033").param("agencyId", String.valueOf(a)))
                .andExpect(redirectedUrlPattern("/quality/iso?year=2033#*"));
        mvc.perform(post("/quality/iso/plan").with(clerk()).with(csrf()).param("agencyId", String.valueOf(a)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Cần nhập năm kế hoạch hợp lệ")));
        String name = organisations.get(a).name();
        mvc.perform(get("/quality/iso").with(clerk()).param("year", "2033")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name))).andExpect(content().string(Matchers.containsString("Chưa kiểm tra")));
        mvc.perform(get("/api/quality/iso/plan").with(clerk()).param("year", "2021")).andExpect(jsonPath("$.length()").value(16));
    }
}
