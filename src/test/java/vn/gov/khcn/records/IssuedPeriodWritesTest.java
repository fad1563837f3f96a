package vn.gov.khcn.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.GeneSources;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.ProductionLots;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.Sales;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.centre.Trainings;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.outreach.OutreachItem;
import vn.gov.khcn.radiation.DossierCommand;
import vn.gov.khcn.radiation.DossierOutcome;
import vn.gov.khcn.radiation.Dossiers;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.RadiationInspectionCommand;
import vn.gov.khcn.radiation.RadiationInspections;
import vn.gov.khcn.radiation.XrayJobCommand;
import vn.gov.khcn.radiation.XrayJobKind;
import vn.gov.khcn.radiation.XrayResult;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.Appraisals;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.IpObject;
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.IpProposals;
import vn.gov.khcn.technology.IpSupportCaseCommand;
import vn.gov.khcn.technology.IpSupportCases;
import vn.gov.khcn.technology.RoundCommand;
import vn.gov.khcn.testing.IssuedSeptemberReport;
import vn.gov.khcn.testing.OnH2Alone;
import vn.gov.khcn.testing.OnPostgresAlone;

/**
 * Once the September 2021 report is issued, every register adds or changes a record dated in its period only with a
 * reason, which becomes a restatement note of the report.
 */
class IssuedPeriodWritesTest {
    @Nested
    @OnH2Alone
    class OnEmbeddedDatabase extends IssuedPeriodWritesContract {
    }

    @Nested
    @OnPostgresAlone
    class OnPostgreSql extends IssuedPeriodWritesContract {
    }
}

abstract class IssuedPeriodWritesContract {
    /** A day inside the issued report's month (17/8–16/9/2021). */
    static final LocalDate IN_PERIOD = LocalDate.of(2021, 9, 3);
    @Autowired
    vn.gov.khcn.reporting.ReportSections reportSections;
    @Autowired
    Reports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outreach outreach;
    @Autowired
    Products products;
    @Autowired
    ProductionLots lots;
    @Autowired
    Sales sales;
    @Autowired
    Trainings trainings;
    @Autowired
    GeneSources geneSources;
    @Autowired
    InvestmentProjects investment;
    @Autowired
    RadiationFacilities facilities;
    @Autowired
    Dossiers dossiers;
    @Autowired
    RadiationInspections radiationInspections;
    @Autowired
    XrayServices xray;
    @Autowired
    Appraisals appraisals;
    @Autowired
    IpSupportCases supportCases;
    @Autowired
    IpProposals proposals;
    @Autowired
    InitiativeRounds rounds;
    @Autowired
    vn.gov.khcn.tasks.Tasks tasks;
    @Autowired
    vn.gov.khcn.drafting.Drafts drafts;
    @Autowired
    vn.gov.khcn.programme.WorkProgrammes programmes;
    @Autowired
    vn.gov.khcn.metrology.Verifications verifications;
    @Autowired
    vn.gov.khcn.quality.Surveys surveys;
    @Autowired
    vn.gov.khcn.quality.IsoChecks isoChecks;
    @Autowired
    vn.gov.khcn.quality.AwardDossiers awardDossiers;
    @Autowired
    vn.gov.khcn.quality.BusinessGuidance guidance;
    @Autowired
    vn.gov.khcn.inspection.Inspections inspections;
    @Autowired
    vn.gov.khcn.documents.Documents documents;
    @Autowired
    vn.gov.khcn.organisations.Organisations organisations;

    /**
     * A register's add of a record dated {@link #IN_PERIOD}: {@code add} takes the reason (null: none given) and
     * returns the new record's id; {@code entityType} is its audit name.
     */
    record Add(String register, String user, String entityType, Function<String, Long> add) {
    }

    List<Add> adds() {
        String t = "Tin bổ sung " + UUID.randomUUID();
        // the centre's tea: a lot of a quantity of its own, a sale of one box to a buyer of its own (the stock covers it)
        long tea = products.findByName("Trà giảo cổ lam").orElseThrow().id();
        long lot = 100_000 + ThreadLocalRandom.current().nextLong(900_000);
        List<Add> adds = new java.util.ArrayList<>(List.of(
                new Add("outreach", "vanphong", "outreachItem",
                        why -> outreach.record(new OutreachCommand(Channel.NEWS_POST, t, IN_PERIOD, "khcn.example.gov.vn", null, null, null, null, why)).id()),
                new Add("centre lots", "trungtam", "centreLot", why -> lots.produce(new LotCommand(tea, lot, IN_PERIOD, null, null, why)).id()),
                new Add("centre sales", "trungtam", "centreSale", why -> sales.sell(new SaleCommand(tea, 1L, IN_PERIOD, "Đại lý " + t, null, why)).id()),
                new Add("centre trainings", "trungtam", "centreTraining",
                        why -> trainings.hold(new TrainingCommand(t, "xã Đức Long", "Thạch An", IN_PERIOD, 25, null, why)).id()),
                new Add("gene sources", "trungtam", "geneSource", why -> geneSources.keep(new GeneSourceCommand(t, IN_PERIOD, null, null, why)).id()),
                new Add("investment projects", "vanphong", "investmentProject",
                        why -> investment.record(new ProjectCommand(t, 1_000_000L, IN_PERIOD, null, null, Unit.OFFICE, null, why)).id()),
                new Add("radiation dossiers", "qlcn", "radiation-dossier", why -> dossiers.receive(new DossierCommand(facility(), t,
                        IN_PERIOD.minusDays(10), IN_PERIOD, DossierOutcome.RENEWED, null, why)).id()),
                new Add("radiation inspections", "qlcn", "radiation-inspection", why -> radiationInspections.record(
                        new RadiationInspectionCommand(facility(), null, IN_PERIOD, t, null, why)).id()),
                new Add("X-ray jobs", "trungtam", "xray-job", why -> xray.record(new XrayJobCommand(XrayJobKind.ROOM_CHECK, facility(), null, t,
                        IN_PERIOD, XrayResult.PASS, null, null, why)).id()),
                new Add("technology appraisals", "qlcn", "techAppraisal", why -> appraisals.record(new AppraisalCommand(t, null, IN_PERIOD, null,
                        null, null, why)).id()),
                new Add("IP support cases", "qlcn", "ipSupportCase", why -> supportCases.record(new IpSupportCaseCommand(t, IpObject.NHAN_HIEU,
                        IN_PERIOD, null, null, why)).id()),
                new Add("IP programme proposals", "qlcn", "ipProposal", why -> proposals.record(new IpProposalCommand(t, "Sở KH&CN", IN_PERIOD,
                        null, null, why)).id()),
                new Add("initiative rounds", "qlcn", "initiativeRound", why -> rounds.record(new RoundCommand(2021, 9, IN_PERIOD, null, null,
                        null, null, why)).id()),
                // a task's event dated in the period (audited and restated as the task's)
                new Add("tasks", "qlkh", "task", why -> tasks.recordEvent(listedTask(t), new vn.gov.khcn.tasks.EventCommand(
                        vn.gov.khcn.tasks.EventKind.APPROVED, IN_PERIOD, null, null, List.of(), null, null, List.of(), why)).taskId()),
                // a draft issued in the period (it stops being "in progress")
                new Add("drafts", "qlkh", "draft", why -> {
                    var d = drafts.record(vn.gov.khcn.drafting.DraftCommand.of("Dự thảo " + t + (why == null ? "" : " (2)"),
                            vn.gov.khcn.drafting.DraftBody.PEOPLE_COMMITTEE, true, vn.gov.khcn.shared.Unit.SCIENCE, LocalDate.of(2020, 11, 2)));
                    return drafts.advance(d.id(), new vn.gov.khcn.drafting.StageCommand(vn.gov.khcn.drafting.DraftStage.ISSUED, IN_PERIOD,
                            null, null, d.version(), why)).id();
                }),
                // an item of the September 2021 programme (the month the report counts)
                new Add("programme items", "qlcn", "programmeItem", why -> programmes.recordItem(new vn.gov.khcn.programme.ItemCommand(
                        programmes.programmeOf("2021-09").orElseThrow().id(), "Nhiệm vụ bổ sung " + t, LocalDate.of(2021, 9, 30),
                        vn.gov.khcn.programme.ItemStatus.ASSIGNED, null, vn.gov.khcn.shared.Unit.TECHNOLOGY, List.of(), null, why)).id())));
        adds.addAll(metrologyQualityAndInspectionAdds(t));
        return adds;
    }

    /** A facility of the demo radiation register (a record of the issued period is added to it). */
    long facility() {
        return facilities.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
    }

    /** A new task listed before the issued report's year-to-date period, as its science unit records it. */
    private long listedTask(String tag) {
        long id = tasks.record(vn.gov.khcn.tasks.TaskCommand.of("BS-" + Math.abs(tag.hashCode()) + "-" + System.nanoTime() % 100000,
                "Nhiệm vụ bổ sung " + tag, vn.gov.khcn.tasks.TaskKind.RESEARCH, vn.gov.khcn.tasks.TaskLevel.PROVINCIAL, null, 2021, null,
                null, null, null, null)).id();
        tasks.recordEvent(id, new vn.gov.khcn.tasks.EventCommand(vn.gov.khcn.tasks.EventKind.LISTED, LocalDate.of(2020, 11, 16), null, null,
                List.of(), null, null, List.of(), null));
        return id;
    }

    /** The verification, TĐC and inspection registers: each record below is new to the register, dated IN_PERIOD. */
    List<Add> metrologyQualityAndInspectionAdds(String t) {
        java.util.function.Supplier<Long> org = () -> organisations.findOrCreate(t, vn.gov.khcn.organisations.OrganisationKind.ENTERPRISE, "Hòa An").id();
        long[] inspection = {0};
        return List.of(
                new Add("verification", "trungtam", "verification", why -> verifications.record(new vn.gov.khcn.metrology.VerificationCommand(
                        "CAN_BAN", "KY-" + t.hashCode(), org.get(), IN_PERIOD, vn.gov.khcn.metrology.VerificationKind.PERIODIC,
                        vn.gov.khcn.metrology.VerificationResult.PASS, "TEM", null, null, why)).id()),
                new Add("survey", "tdc", "quality-survey", why -> surveys.record(new vn.gov.khcn.quality.SurveyCommand(org.get(), "Hàng đóng gói sẵn",
                        null, IN_PERIOD, null, null, why)).id()),
                new Add("ISO check", "tdc", "iso-check", why -> isoChecks.record(new vn.gov.khcn.quality.IsoCheckCommand(org.get(), 2021, IN_PERIOD,
                        vn.gov.khcn.quality.IsoResult.CONFORMING, null, null, why)).id()),
                new Add("award dossier", "tdc", "award-dossier", why -> awardDossiers.record(new vn.gov.khcn.quality.AwardDossierCommand(org.get(),
                        2021, IN_PERIOD, null, null, why)).id()),
                new Add("guidance", "tdc", "business-guidance", why -> guidance.record(new vn.gov.khcn.quality.GuidanceCommand(org.get(), IN_PERIOD,
                        "Ghi nhãn hàng hóa", null, why)).id()),
                new Add("inspection", "thanhtra", "inspection", why -> inspections.record(new vn.gov.khcn.inspection.InspectionCommand(
                        documents.findOrRegister(new vn.gov.khcn.documents.DocumentCommand("1/QĐ-KY" + Math.abs(t.hashCode()),
                                vn.gov.khcn.documents.DocumentType.DECISION, IN_PERIOD, null, t, null)).id(),
                        vn.gov.khcn.inspection.InspectionField.QUALITY, t, IN_PERIOD, null, null, why)).id()),
                // a facility added to an inspection of the period (the inspection itself recorded once, with its reason)
                new Add("inspected facility", "thanhtra", "inspection-facility", why -> {
                    if (inspection[0] == 0) {
                        inspection[0] = inspections.record(new vn.gov.khcn.inspection.InspectionCommand(documents.findOrRegister(
                                new vn.gov.khcn.documents.DocumentCommand("2/QĐ-KY" + Math.abs(t.hashCode()), vn.gov.khcn.documents.DocumentType.DECISION,
                                        IN_PERIOD, null, t, null)).id(), vn.gov.khcn.inspection.InspectionField.QUALITY, t, IN_PERIOD, null, null,
                                "Cuộc thanh tra bổ sung")).id();
                    }
                    return inspections.recordFacility(inspection[0], new vn.gov.khcn.inspection.FacilityFindingCommand(org.get(), 0, null, null, 0L,
                            null, why)).facilities().get(0).id();
                }));
    }

    @BeforeEach
    void issued() {
        IssuedSeptemberReport.issue(reports, reportSections, accounts);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void as(String username) {
        var p = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }

    @Test
    void aRecordAddedIntoTheIssuedPeriodOfAnyRegisterNeedsAReason() {
        for (Add a : adds()) {
            as(a.user());
            assertThatThrownBy(() -> a.add().apply(null)).as(a.register()).isInstanceOf(DomainException.class)
                    .hasMessageContaining("đã ban hành").hasMessageContaining("lý do");
            long id = a.add().apply("Bổ sung " + a.register() + " còn sót khi lập báo cáo");
            assertThat(jdbc.sql("select count(*) from report_restatement where entity_type = :t and entity_id = :id")
                    .param("t", a.entityType()).param("id", id).query(Long.class).single()).as(a.register()).isPositive();
        }
    }

    @Test
    void aRecordOfTheIssuedPeriodIsCorrectedOnlyWithAReason() {
        as("vanphong");
        OutreachItem post = outreach.search(new vn.gov.khcn.outreach.OutreachQuery(Channel.NEWS_POST, null, 2021), 0, 500).items().stream()
                .filter(i -> i.publishedOn().equals(LocalDate.of(2021, 9, 1)) || i.publishedOn().isAfter(LocalDate.of(2021, 8, 17))
                        && i.publishedOn().isBefore(LocalDate.of(2021, 9, 16))).findFirst().orElseThrow();
        OutreachCommand retitled = new OutreachCommand(post.channel(), post.title() + " (đính chính)", post.publishedOn(), post.site(),
                null, null, null, post.version(), null);
        assertThatThrownBy(() -> outreach.correct(post.id(), retitled)).isInstanceOf(DomainException.class).hasMessageContaining("lý do");
        assertThat(outreach.get(post.id()).title()).isEqualTo(post.title());
        OutreachCommand withReason = new OutreachCommand(post.channel(), post.title() + " (đính chính)", post.publishedOn(), post.site(),
                null, null, null, post.version(), "Đính chính tiêu đề theo bài đăng");
        assertThat(outreach.correct(post.id(), withReason).title()).endsWith("(đính chính)");
    }
}
