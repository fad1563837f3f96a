package vn.gov.khcn.metrology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.Quality;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.XrayJobCommand;
import vn.gov.khcn.radiation.XrayResult;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.shared.DomainException;

/** The rules of issue 4's registers, run on both databases by the subclasses. */
abstract class Issue4RegistersContract {
    @Autowired
    Metrology metrology;
    @Autowired
    Organisations organisations;
    @Autowired
    Quality quality;
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
        return getClass().getSimpleName().contains("H2") ? "H2" : "PG";
    }

    long owner() {
        return organisations.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
    }

    VerificationCommand cmd(String type, String serial, LocalDate on, VerificationResult r) {
        return new VerificationCommand(type, serial, owner(), on, VerificationKind.PERIODIC, r,
                r == VerificationResult.PASS ? "TEM-" + serial : null, "Người thử (demo)", null, null);
    }

    @Test
    @WithUserDetails("trungtam")
    void nextDueDateIsTheDatePlusTheTypeIntervalForAPassOnly() {
        Verification scale = metrology.record(cmd("CAN_PHAN_TICH", "T-DUE-1-" + tag(), LocalDate.of(2024, 3, 10), VerificationResult.PASS));
        assertThat(scale.nextDueOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        Verification taxi = metrology.record(cmd("TAXIMET", "T-DUE-2-" + tag(), LocalDate.of(2024, 1, 31), VerificationResult.PASS));
        assertThat(taxi.nextDueOn()).isEqualTo(LocalDate.of(2025, 7, 31));
        Verification failed = metrology.record(cmd("DONG_HO_NUOC", "T-DUE-3-" + tag(), LocalDate.of(2024, 5, 2), VerificationResult.FAIL));
        assertThat(failed.nextDueOn()).isNull();
        Verification corrected = metrology.correct(failed.id(), new VerificationCommand("DONG_HO_NUOC", failed.serial(), owner(),
                failed.verifiedOn(), VerificationKind.AFTER_REPAIR, VerificationResult.PASS, "TEM-X", null, failed.version(), null));
        assertThat(corrected.nextDueOn()).isEqualTo(LocalDate.of(2029, 5, 2));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'verification' and entity_id = :id order by id")
                .param("id", failed.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    @WithUserDetails("trungtam")
    void sameSerialOnTheSameDayIsRefusedOneByOneAndInABatch() {
        String serial = "T-DUP-" + tag();
        metrology.record(cmd("CAN_KY_THUAT", serial, LocalDate.of(2024, 6, 1), VerificationResult.PASS));
        assertThatThrownBy(() -> metrology.record(cmd("CAN_KY_THUAT", serial, LocalDate.of(2024, 6, 1), VerificationResult.FAIL)))
                .isInstanceOf(DomainException.class).hasMessageContaining(serial).hasMessageContaining("01/06/2024");
        assertThatThrownBy(() -> metrology.recordAll(List.of(cmd("CAN_KY_THUAT", serial + "-B", LocalDate.of(2024, 6, 2), VerificationResult.PASS),
                cmd("CAN_KY_THUAT", serial, LocalDate.of(2024, 6, 1), VerificationResult.PASS))))
                .isInstanceOf(DomainException.class).hasMessageContaining(serial);
        assertThatThrownBy(() -> metrology.recordAll(List.of(cmd("CAN_KY_THUAT", serial + "-C", LocalDate.of(2024, 6, 2), VerificationResult.PASS),
                cmd("CAN_KY_THUAT", serial + "-C", LocalDate.of(2024, 6, 2), VerificationResult.PASS))))
                .isInstanceOf(DomainException.class).hasMessageContaining("Dòng 2");
        assertThat(metrology.search(new VerificationFilter(null, null, null, null, serial + "-B", null, null), 0, 10).total()).isZero();
    }

    @Test
    @WithUserDetails("trungtam")
    void batchRecordsAreValidatedAndAudited() {
        int n = metrology.recordAll(List.of(cmd("HUYET_AP_KE", "T-BATCH-1-" + tag(), LocalDate.of(2024, 2, 1), VerificationResult.PASS),
                cmd("HUYET_AP_KE", "T-BATCH-2-" + tag(), LocalDate.of(2024, 2, 1), VerificationResult.FAIL)));
        assertThat(n).isEqualTo(2);
        Verification v = metrology.search(new VerificationFilter(null, null, null, null, "T-BATCH-1-" + tag(), null, null), 0, 1).items().get(0);
        assertThat(v.nextDueOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'verification' and entity_id = :id and username = 'trungtam'")
                .param("id", v.id()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> metrology.recordAll(List.of(cmd("KHONG_CO", "T-BATCH-3-" + tag(), LocalDate.of(2024, 2, 1),
                VerificationResult.PASS)))).isInstanceOf(DomainException.class).hasMessageContaining("loại phương tiện đo");
    }

    @Test
    @WithUserDetails("tdc")
    void otherUnitsCannotRecordVerifications() {
        assertThatThrownBy(() -> metrology.record(cmd("CAN_BAN", "T-ACC-" + tag(), LocalDate.of(2024, 1, 5), VerificationResult.PASS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> xray.record(XrayJobCommand.room(facilities.all().get(0).id(), "Phòng thử", LocalDate.of(2024, 1, 5),
                XrayResult.PASS, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("trungtam")
    void centreCannotRecordSurveysButRecordsXrayJobs() {
        long f = organisations.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
        assertThatThrownBy(() -> quality.recordSurvey(new SurveyCommand(f, "Hàng thử", null, LocalDate.of(2024, 1, 5), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        var job = xray.record(XrayJobCommand.room(facilities.all().get(0).id(), "Phòng thử " + tag(), LocalDate.of(2024, 1, 5),
                XrayResult.PASS, null));
        assertThat(job.unit()).isEqualTo(XrayServices.OWNER);
    }

    @Test
    @WithUserDetails("trungtam")
    void overduePageListsAnOverdueInstrument() throws Exception {
        String serial = "T-OVERDUE-" + tag();
        // older than anything other tests add to the shared database, so it heads the (limited, oldest-first) page
        Verification old = metrology.record(cmd("CAN_PHAN_TICH", serial, LocalDate.of(2010, 1, 4), VerificationResult.PASS));
        List<DueInstrument> due = metrology.due(30, 500);
        assertThat(due).anySatisfy(d -> {
            assertThat(d.serial()).isEqualTo(serial);
            assertThat(d.overdue()).isTrue();
        });
        // The demo data has overdue instruments of their own (2019–2020 verifications not renewed).
        assertThat(due).anyMatch(d -> d.serial().contains("-19-") && d.overdue());
        mvc.perform(get("/due").param("unit", "CENTRE")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/metrology/verifications/" + old.id())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Quá hạn")));
        // A later pass of the same serial takes it off the list (the request above ended the test's security context).
        vn.gov.khcn.identity.CurrentUser.runAsSystem(() -> metrology.record(cmd("CAN_PHAN_TICH", serial, LocalDate.now().minusDays(1), VerificationResult.PASS)));
        assertThat(metrology.due(30, 5000)).noneMatch(d -> d.serial().equals(serial));
    }

    @Test
    @WithUserDetails("trungtam")
    void listPagesFilterByTypeAndYear() throws Exception {
        var page = metrology.search(VerificationFilter.of("TAXIMET", 2021), 0, 25);
        assertThat(page.items()).hasSize(25).allMatch(v -> v.typeCode().equals("TAXIMET") && v.verifiedOn().getYear() == 2021);
        assertThat(page.items().get(0).verifiedOn()).isAfterOrEqualTo(page.items().get(24).verifiedOn());
        mvc.perform(get("/metrology/verifications").param("type", "TAXIMET").param("year", "2021")).andExpect(status().isOk());
        mvc.perform(get("/api/metrology/verifications").param("type", "TAXIMET").param("year", "2021"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(20));
    }

    @Test
    @WithUserDetails("trungtam")
    void apiRefusesAnInvalidVerificationWithProblemDetails() throws Exception {
        mvc.perform(post("/api/metrology/verifications").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"typeCode\":\"CAN_PHAN_TICH\",\"ownerId\":" + owner() + ",\"verifiedOn\":\"2024-01-02\","
                                + "\"kind\":\"PERIODIC\",\"result\":\"PASS\",\"stampNo\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.field").value("serial"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("số hiệu")));
        mvc.perform(post("/api/metrology/verifications").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"typeCode\":\"CAN_PHAN_TICH\",\"serial\":\"T-API\",\"ownerId\":" + owner() + ",\"verifiedOn\":\"02/01/2024\"}"))
                .andExpect(status().isBadRequest());
    }

    @Autowired
    vn.gov.khcn.inspection.Inspections inspections;
    @Autowired
    vn.gov.khcn.documents.Documents documents;

    @Test
    @WithUserDetails("thanhtra")
    void inspectionFindingsAreCheckedAndEachFacilityCountsOnce() {
        long doc = documents.register(new vn.gov.khcn.documents.DocumentCommand("77/QĐ-TTr", null, LocalDate.of(2024, 4, 2),
                null, "Quyết định thanh tra thử " + tag(), null)).id();
        var i = inspections.open(new vn.gov.khcn.inspection.InspectionCommand(doc, vn.gov.khcn.inspection.InspectionField.QUALITY,
                "Thanh tra thử " + tag(), LocalDate.of(2024, 4, 5), null, null, null));
        long f = organisations.record(new vn.gov.khcn.organisations.OrganisationCommand("Cơ sở thanh tra thử " + tag(),
                OrganisationKind.ENTERPRISE, "Hòa An", null, null, null)).id();
        assertThatThrownBy(() -> inspections.addFacility(i.id(), new vn.gov.khcn.inspection.FacilityFindingCommand(f, 0, null, null, 5_000_000L, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vi phạm");
        var withFine = inspections.addFacility(i.id(), new vn.gov.khcn.inspection.FacilityFindingCommand(f, 2, "Hai lỗi", "Phạt tiền",
                12_500_000L, null));
        assertThat(withFine.totalFines()).isEqualTo(12_500_000L);
        assertThatThrownBy(() -> inspections.addFacility(i.id(), new vn.gov.khcn.inspection.FacilityFindingCommand(f, 0, null, null, 0L, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("đã có");
        var finding = withFine.facilities().get(0);
        var changed = inspections.changeFacility(i.id(), finding.id(), new vn.gov.khcn.inspection.FacilityFindingCommand(f, 1, "Một lỗi",
                "Phạt tiền", 7_500_000L, finding.version()));
        assertThat(changed.totalFines()).isEqualTo(7_500_000L);
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'inspection' and entity_id = :id order by id")
                .param("id", i.id()).query(String.class).list()).containsExactly("CREATE", "ADD_FACILITY", "CHANGE_FACILITY");
    }

    @Test
    @WithUserDetails("qlcn")
    void technologyStaffCannotOpenInspections() {
        assertThatThrownBy(() -> inspections.open(new vn.gov.khcn.inspection.InspectionCommand(1L,
                vn.gov.khcn.inspection.InspectionField.RADIATION, "X", LocalDate.of(2024, 1, 1), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
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
