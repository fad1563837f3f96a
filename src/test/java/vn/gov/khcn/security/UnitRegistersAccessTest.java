package vn.gov.khcn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationKind;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.metrology.Verifications;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.quality.Surveys;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.XrayJobCommand;
import vn.gov.khcn.radiation.XrayResult;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** Each unit writes only its own verification, quality and X-ray records, and every page of those registers renders. */
class UnitRegistersAccessTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends UnitRegistersAccessContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends UnitRegistersAccessContract {
    }
}

abstract class UnitRegistersAccessContract {
    @Autowired
    Verifications verifications;
    @Autowired
    Organisations organisations;
    @Autowired
    Surveys surveys;
    @Autowired
    RadiationFacilities facilities;
    @Autowired
    XrayServices xray;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.web.context.WebApplicationContext context;
    MockMvc mvc;

    @org.junit.jupiter.api.BeforeEach
    void mockMvcWithTheTestUser() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
    }

    String tag() {
        return getClass().getSimpleName();
    }

    long owner() {
        return organisations.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
    }

    VerificationCommand cmd(String type, String serial, LocalDate on, VerificationResult r) {
        return new VerificationCommand(type, serial, owner(), on, VerificationKind.PERIODIC, r,
                r == VerificationResult.PASS ? "TEM-" + serial : null, "Người thử (demo)", null, null);
    }

    @Test
    @WithUserDetails("tdc")
    void otherUnitsCannotRecordVerifications() {
        assertThatThrownBy(() -> verifications.record(cmd("CAN_BAN", "T-ACC-" + tag(), LocalDate.of(2024, 1, 5), VerificationResult.PASS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> xray.record(XrayJobCommand.room(facilities.all().get(0).id(), "Phòng thử", LocalDate.of(2024, 1, 5),
                XrayResult.PASS, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("trungtam")
    void centreCannotRecordSurveysButRecordsXrayJobs() {
        long f = organisations.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
        assertThatThrownBy(() -> surveys.record(new SurveyCommand(f, "Hàng thử", null, LocalDate.of(2024, 1, 5), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        var job = xray.record(XrayJobCommand.room(facilities.all().get(0).id(), "Phòng thử " + tag(), LocalDate.of(2024, 1, 5),
                XrayResult.PASS, null));
        assertThat(job.unit()).isEqualTo(XrayServices.OWNER);
    }

    @Test
    @WithUserDetails("thanhtra")
    void pagesOfEveryRegisterRender() throws Exception {
        for (String url : List.of("/inspections", "/quality/surveys", "/quality/iso?year=2021", "/quality/awards", "/quality/guidance",
                "/radiation/facilities", "/radiation/devices", "/radiation/licences", "/radiation/dossiers", "/radiation/inspections",
                "/radiation/xray-jobs", "/due", "/due?unit=TECHNOLOGY", "/due?unit=TDC&year=2021", "/inspections/new",
                "/radiation/dossiers/new", "/radiation/xray-jobs/new", "/quality/iso/checks/new")) {
            mvc.perform(get(url)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/inspections").param("year", "2021")).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5));
        mvc.perform(get("/api/radiation/xray-jobs")).andExpect(status().isOk());
        mvc.perform(get("/api/quality/iso/plan").param("year", "2021")).andExpect(jsonPath("$.length()").value(16));
    }
}
