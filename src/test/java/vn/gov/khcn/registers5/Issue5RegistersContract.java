package vn.gov.khcn.registers5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import vn.gov.khcn.centre.CentreActivities;
import vn.gov.khcn.centre.CentreProduction;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.investment.DisbursementCommand;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.IpObject;
import vn.gov.khcn.technology.IpSupportCase;
import vn.gov.khcn.technology.IpSupportCommand;
import vn.gov.khcn.technology.Technology;

/** The rules of the issue-5 registers: stock, access by unit, API errors, audit. */
abstract class Issue5RegistersContract {
    @Autowired
    CentreProduction production;
    @Autowired
    CentreActivities activities;
    @Autowired
    Technology technology;
    @Autowired
    Outreach outreach;
    @Autowired
    InvestmentProjects investment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private String unique(String s) {
        return s + " " + getClass().getSimpleName();
    }

    @Test
    @WithUserDetails("trungtam")
    void stockOnHandIsEverythingProducedLessEverythingSold() {
        long tea = production.productByName("Trà giảo cổ lam").orElseThrow().id();
        var stock = production.stock(tea, LocalDate.of(2021, 9, 16));
        assertThat(stock.produced()).isEqualTo(500 + 8079);
        assertThat(stock.sold()).isEqualTo(300 + 6102);
        assertThat(stock.onHand()).isEqualTo(2177);

        long p = production.createProduct(new ProductCommand(unique("Mật ong bạc hà"), "lọ", null)).id();
        production.createLot(new LotCommand(p, 100L, LocalDate.of(2022, 3, 1), null, null));
        production.createSale(new SaleCommand(p, 60L, LocalDate.of(2022, 3, 5), null, null));
        assertThat(production.stock(p, LocalDate.of(2022, 3, 31)).onHand()).isEqualTo(40);
        assertThat(production.stock(p, LocalDate.of(2022, 3, 2)).onHand()).isEqualTo(100);
    }

    @Test
    @WithUserDetails("trungtam")
    void saleBeyondStockOnHandIsRefusedAndNothingIsWritten() {
        long p = production.createProduct(new ProductCommand(unique("Nấm Linh Chi"), "kg", null)).id();
        production.createLot(new LotCommand(p, 30L, LocalDate.of(2022, 4, 1), null, null));
        assertThatThrownBy(() -> production.createSale(new SaleCommand(p, 31L, LocalDate.of(2022, 4, 2), null, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho");
        assertThatThrownBy(() -> production.createSale(new SaleCommand(p, 10L, LocalDate.of(2022, 3, 31), null, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho");
        assertThat(production.stock(p, LocalDate.of(2022, 12, 31)).sold()).isZero();
    }

    @Test
    @WithUserDetails("trungtam")
    void centreStaffCannotEditTechnologyOrOutreachRecords() {
        assertThatThrownBy(() -> technology.createAppraisal(new AppraisalCommand(unique("Dự án X"), null, LocalDate.of(2022, 1, 5), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outreach.record(OutreachCommand.of(Channel.NEWS_POST, unique("Tin"), LocalDate.of(2022, 1, 5), "khcncaobang.gov.vn", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("qlcn")
    void technologyStaffCannotEditCentreRecordsOrAnotherUnitsDraft() {
        long tea = production.productByName("Trà giảo cổ lam").orElseThrow().id();
        assertThatThrownBy(() -> production.createLot(new LotCommand(tea, 5L, LocalDate.of(2022, 1, 5), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> investment.create(new ProjectCommand(unique("Dự án"), 1_000L, LocalDate.of(2022, 1, 1), null, null, Unit.OFFICE, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("vanphong")
    void officeKeepsOutreachAndInvestment() {
        var item = outreach.record(OutreachCommand.of(Channel.BROADCAST, unique("Chuyên mục"), LocalDate.of(2022, 2, 10), null, "Đài PT-TH tỉnh", null, null));
        assertThat(item.station()).isEqualTo("Đài PT-TH tỉnh");
        long p = investment.create(new ProjectCommand(unique("Dự án nâng cấp phòng thử nghiệm"), 1_000_000_000L, LocalDate.of(2022, 1, 1), null, null, Unit.OFFICE, null)).id();
        investment.disburse(p, new DisbursementCommand(LocalDate.of(2022, 2, 1), 600_000_000L, null));
        assertThat(investment.get(p).disbursed()).isEqualTo(600_000_000L);
        assertThatThrownBy(() -> investment.disburse(p, new DisbursementCommand(LocalDate.of(2022, 3, 1), 500_000_000L, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tổng mức đầu tư");
    }

    @Test
    void apiRefusesAnotherUnitWithAProblemDetail() throws Exception {
        mvc.perform(post("/api/technology/appraisals").with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectName\":\"Dự án API\",\"appraisedOn\":\"2022-01-05\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.title").value("Không có quyền"));
    }

    @Test
    void apiValidationErrorsAreProblemDetailsNamingTheField() throws Exception {
        mvc.perform(post("/api/outreach").with(httpBasic("vanphong", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"BULLETIN\",\"title\":\"Tài liệu\",\"issueNo\":\"số ba\",\"copies\":100}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("issueNo"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1/2021")));
        mvc.perform(post("/api/centre/sales").with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productId\":" + jdbc.sql("select id from centre_product where name = 'Trà giảo cổ lam'").query(Long.class).single()
                                + ",\"quantity\":999999,\"soldOn\":\"2021-09-10\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("quantity"));
        mvc.perform(post("/api/centre/trainings").with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Lớp\",\"commune\":\"xã A\",\"district\":\"Hòa An\",\"heldOn\":\"không phải ngày\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"));
    }

    @Test
    @WithUserDetails("trungtam")
    void geneSourceChangesAreAuditedWithBeforeAndAfter() {
        var g = activities.createGeneSource(new GeneSourceCommand(unique("Quýt Hà Trì"), LocalDate.of(2022, 2, 1), null, null));
        activities.updateGeneSource(g.id(), new GeneSourceCommand(g.crop(), g.keptSince(), LocalDate.of(2023, 1, 1), g.version()));
        var rows = jdbc.sql("select action, before_json, after_json from audit_log where entity_type = 'geneSource' and entity_id = :id order by id")
                .param("id", g.id()).query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3))).list();
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("CREATE", "UPDATE");
        assertThat(rows.get(1).get(1)).contains("\"keptUntil\":null");
        assertThat(rows.get(1).get(2)).contains("2023-01-01");
    }

    @Test
    @WithUserDetails("qlcn")
    void aStaleSaveIsRefused() {
        IpSupportCase c = technology.createSupportCase(new IpSupportCommand(unique("HTX Miến dong"), IpObject.NHAN_HIEU, LocalDate.of(2022, 1, 4), null, null));
        technology.updateSupportCase(c.id(), new IpSupportCommand(c.advisedName(), c.ipObject(), c.advisedOn(), "Đã nộp đơn", c.version()));
        assertThatThrownBy(() -> technology.updateSupportCase(c.id(), new IpSupportCommand(c.advisedName(), c.ipObject(), c.advisedOn(), "Khác", c.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(technology.supportCase(c.id()).outcome()).isEqualTo("Đã nộp đơn");
    }

    @Test
    void listsFilterByYearTextAndDay() {
        assertThat(technology.appraisals(null, 2021, 0, 20).total()).isEqualTo(5);
        assertThat(technology.appraisals("nha may che bien", 2021, 0, 20).total()).isEqualTo(2);
        assertThat(technology.supportCases(null, 2020, 0, 20).total()).isZero();
        assertThat(activities.geneSources(null, LocalDate.of(2021, 9, 16), 0, 50).total()).isEqualTo(17);
        assertThat(activities.geneSources("cam sanh", LocalDate.of(2019, 1, 1), 0, 50).total()).isEqualTo(1);
        assertThat(outreach.search(new vn.gov.khcn.outreach.OutreachQuery(Channel.BULLETIN, null, null), 0, 20).items()).extracting(i -> i.issueNo())
                .containsExactly("3/2021", "2/2021", "1/2021");
    }

    @Test
    void listAndFormPagesRender() throws Exception {
        long round = jdbc.sql("select id from initiative_round where round_no = 1").query(Long.class).single();
        for (String url : List.of("/technology/appraisals", "/technology/support-cases", "/technology/marks", "/technology/proposals",
                "/technology/plans", "/technology/rounds", "/technology/rounds/" + round, "/centre/products", "/centre/lots", "/centre/sales",
                "/centre/trainings", "/centre/gene-sources", "/centre/model-works", "/outreach?channel=BULLETIN", "/investment")) {
            try {
                mvc.perform(get(url).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
            } catch (Exception | AssertionError e) {
                throw new AssertionError("page " + url + " failed", e);
            }
        }
        mvc.perform(get("/outreach").param("channel", "NEWS_POST").with(user("giamdoc").roles("DIRECTOR")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("219 bản ghi")));
    }
}
