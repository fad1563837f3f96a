package vn.gov.khcn.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** The goods-quality survey register: one survey of a facility a day, also under concurrency; versions; access; its form. */
class SurveyRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends SurveyRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends SurveyRegisterContract {
    }
}

abstract class SurveyRegisterContract extends TdcRegisterContract {
    @Autowired
    Surveys surveys;

    long facility() {
        return organisation("Cửa hàng khảo sát thử", OrganisationKind.HOUSEHOLD);
    }

    @Test
    @WithUserDetails("tdc")
    void twentyClerksRecordingTheSameSurveyAtOnceStoreItOnce() {
        long f = facility();
        twentyAtOnceStoreOne(n -> surveys.record(SurveyCommand.of(f, "Hàng đóng gói sẵn", null, LocalDate.of(2024, 3, 8), "Lần " + n)),
                "08/03/2024", "đã có trong sổ");
        assertThat(jdbc.sql("select count(*) from quality_survey where facility_id = :f").param("f", f).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("tdc")
    void theDistrictIsTheFacilitysUnlessOneIsGiven() {
        long f = facility();
        assertThat(surveys.record(SurveyCommand.of(f, "Mũ bảo hiểm", " ", LocalDate.of(2024, 4, 1), null)).district()).isEqualTo("Hòa An");
        assertThat(surveys.record(SurveyCommand.of(f, "Mũ bảo hiểm", "Thạch An", LocalDate.of(2024, 4, 2), null)).district()).isEqualTo("Thạch An");
    }

    @Test
    @WithUserDetails("tdc")
    void aCorrectionNeedsTheVersionItWasMadeFromAndIsAudited() {
        Survey s = surveys.record(SurveyCommand.of(facility(), "Phân bón", null, LocalDate.of(2024, 5, 6), null));
        SurveyCommand noVersion = new SurveyCommand(s.facilityId(), "Phân bón NPK", null, s.surveyedOn(), null, null, null);
        assertThatThrownBy(() -> surveys.correct(s.id(), noVersion)).isInstanceOf(VersionRequiredException.class);
        SurveyCommand stale = new SurveyCommand(s.facilityId(), "Phân bón NPK", null, s.surveyedOn(), null, s.version() + 1, null);
        assertThatThrownBy(() -> surveys.correct(s.id(), stale)).isInstanceOf(ConcurrentEditException.class);
        Survey corrected = surveys.correct(s.id(), new SurveyCommand(s.facilityId(), "Phân bón NPK", null, s.surveyedOn(),
                "Đúng nhãn.", s.version(), null));
        assertThat(corrected.products()).isEqualTo("Phân bón NPK");
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'quality-survey' and entity_id = :id order by id")
                .param("id", s.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    @WithUserDetails("trungtam")
    void otherUnitsCannotRecordSurveys() {
        long f = organisations.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
        assertThatThrownBy(() -> surveys.record(SurveyCommand.of(f, "Hàng thử", null, LocalDate.of(2024, 1, 5), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("tdc")
    void theFormShowsTheBrokenRuleNextToItsFieldAndSavesThroughTheRegister() throws Exception {
        String f = String.valueOf(facility());
        mvc.perform(post("/quality/surveys").with(clerk()).with(csrf()).param("facilityId", f).param("surveyedOn", "2024-06-10"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Cần nhập sản phẩm, hàng hóa được khảo sát.")));
        mvc.perform(post("/quality/surveys").with(clerk()).with(csrf()).param("facilityId", f).param("surveyedOn", "2024-06-10").param("products", "Chè"))
                .andExpect(redirectedUrlPattern("/quality/surveys/*"));
        assertThat(surveys.search(new SurveyQuery(2024))).anyMatch(s -> s.facilityId() == Long.parseLong(f) && s.products().equals("Chè"));
    }
}
