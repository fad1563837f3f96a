package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/**
 * Every golden cell of the registers' indicators in the September 2021 report of Cao Bằng, computed from the demo
 * records by the indicators themselves: M = 17/8/2021–16/9/2021, YTD = 17/12/2020–16/9/2021.
 */
class GoldenRegisterFiguresTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends GoldenRegisterFiguresContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends GoldenRegisterFiguresContract {
    }
}

abstract class GoldenRegisterFiguresContract {
    static final DateRange M = new DateRange(LocalDate.of(2021, 8, 17), LocalDate.of(2021, 9, 16));
    static final DateRange YTD = new DateRange(LocalDate.of(2020, 12, 17), LocalDate.of(2021, 9, 16));
    static final String TEA = "Trà giảo cổ lam (hộp)";
    static final String TURMERIC = "Sản phẩm nghệ (nghệ đen, nghệ vàng, tinh bột nghệ) (lọ)";

    @Autowired
    List<IndicatorProvider> providers;

    IndicatorValue value(String code, DateRange p) {
        Indicator i = providers.stream().flatMap(x -> x.indicators().stream()).filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code));
        return i.compute(p);
    }

    // verification, quality, inspection and radiation
    @Test
    void verificationsYearToDateAre1755Of1740PassAnd15Fail() {
        IndicatorValue v = value("metrology.verifications", YTD);
        assertThat(v.value()).isEqualTo(1755);
        assertThat(v.part("result", "PASS")).isEqualTo(1740);
        assertThat(v.part("result", "FAIL")).isEqualTo(15);
        assertThat(v.by().get("type")).containsEntry("CAN_PHAN_TICH", 520L).containsEntry("CAN_KY_THUAT", 430L)
                .containsEntry("HUYET_AP_KE", 365L).containsEntry("TAXIMET", 250L).containsEntry("DONG_HO_NUOC", 190L);
        assertThat(v.names()).containsExactly("Cân phân tích", "Cân kỹ thuật", "Huyết áp kế", "Taximet", "Đồng hồ nước");
        assertThat(v.records()).hasSize(200);
        assertThat(v.records().get(0).href()).startsWith("/metrology/verifications/");
    }

    @Test
    void verificationsOfTheMonthAddUp() {
        IndicatorValue v = value("metrology.verifications", M);
        assertThat(v.value()).isPositive().isLessThan(1755);
        assertThat(v.part("result", "PASS") + v.part("result", "FAIL")).isEqualTo(v.value());
        assertThat(v.by().get("type").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(v.value());
    }

    @Test
    void qualityFigures() {
        IndicatorValue s = value("quality.surveyedFacilities", YTD);
        assertThat(s.value()).isEqualTo(41);
        assertThat(s.names()).hasSize(6);
        assertThat(s.records()).hasSize(41);
        assertThat(value("iso.agenciesChecked", M).value()).isEqualTo(11);
        assertThat(value("iso.agenciesChecked", YTD).value()).isEqualTo(16);
        assertThat(value("iso.agenciesPlanned", M).value()).isEqualTo(16);
        assertThat(value("iso.agenciesPlanned", YTD).value()).isEqualTo(16);
        assertThat(value("quality.awardDossiers", M).value()).isEqualTo(1);
        assertThat(value("quality.awardDossiers", YTD).value()).isEqualTo(1);
        assertThat(value("tdc.businessesGuided", M).value()).isEqualTo(4);
        assertThat(value("tdc.businessesGuided", M).records()).allMatch(r -> r.href().startsWith("/quality/guidance/"));
    }

    @Test
    void inspectionFigures() {
        IndicatorValue c = value("inspection.campaigns", YTD);
        assertThat(c.value()).isEqualTo(5);
        assertThat(c.by().get("field")).containsOnly(Map.entry("MEASUREMENT", 3L), Map.entry("RADIATION", 2L));
        IndicatorValue f = value("inspection.facilities", YTD);
        assertThat(f.value()).isEqualTo(11);
        assertThat(f.by().get("field")).containsOnly(Map.entry("MEASUREMENT", 7L), Map.entry("RADIATION", 4L));
        assertThat(f.records()).hasSize(11);
    }

    @Test
    void radiationAndXrayFigures() {
        assertThat(value("radiation.dossiersResolved", YTD).value()).isEqualTo(14);
        IndicatorValue d = value("radiation.inspectedDistricts", YTD);
        assertThat(d.value()).isEqualTo(6);
        assertThat(d.names()).containsExactly("Hòa An", "Thạch An", "Hạ Lang", "Nguyên Bình", "Bảo Lạc", "Bảo Lâm");
        IndicatorValue machines = value("centre.xrayMachinesVerified", YTD);
        assertThat(machines.value()).isEqualTo(2);
        assertThat(machines.names()).containsExactly("Trung tâm Y tế huyện Hòa An", "Trung tâm Y tế huyện Hà Quảng");
        IndicatorValue rooms = value("centre.xrayRoomsChecked", YTD);
        assertThat(rooms.value()).isEqualTo(7);
        assertThat(rooms.names()).containsExactly("Trung tâm Y tế huyện Hòa An", "Trung tâm Y tế huyện Hà Quảng");
        assertThat(value("centre.xrayRoomsChecked", M).value()).isZero();
    }

    // drafts, programme, technology, centre, outreach and investment
    @Test
    void draftsInProgressByBodyAndNormative() {
        for (DateRange p : List.of(M, YTD)) {
            IndicatorValue v = value("drafting.inProgress", p);
            assertThat(v.value()).isEqualTo(4);
            assertThat(v.by().get("body")).containsExactlyInAnyOrderEntriesOf(Map.of("PARTY_COMMITTEE", 1L, "PEOPLE_COUNCIL", 1L, "PEOPLE_COMMITTEE", 2L));
            assertThat(v.part("normative", "true")).isEqualTo(3);
            assertThat(v.part("normative", "false")).isEqualTo(1);
            assertThat(v.records()).hasSize(4).allSatisfy(r -> assertThat(r.href()).startsWith("/drafts/"));
            assertThat(v.records()).extracting(RecordRef::label).anyMatch(l -> l.startsWith("Nghị quyết của Tỉnh ủy"));
        }
    }

    @Test
    void programmeItemsOfTheMonthWithOutcomesAndDocuments() {
        IndicatorValue v = value("programme.items", M);
        assertThat(v.value()).isEqualTo(3);
        assertThat(v.by().get("status")).containsExactlyInAnyOrderEntriesOf(Map.of("SUBMITTED", 2L, "IN_PROGRESS", 1L));
        assertThat(v.records()).extracting(RecordRef::label).containsExactly(
                "Kế hoạch triển khai tham gia thúc đẩy cải thiện chỉ số đổi mới sáng tạo quốc gia trên địa bàn tỉnh Cao Bằng",
                "Đánh giá thực trạng các chỉ số năng suất, năng suất vốn, năng suất lao động, năng suất các nhân tố tổng hợp (TFP) tỉnh Cao Bằng giai đoạn 2016-2020",
                "Kế hoạch thực hiện Chiến lược SHTT tỉnh Cao Bằng giai đoạn 2020-2025");
        assertThat(v.records().get(0).citations()).extracting(DocumentRef::citation)
                .containsExactly("Công văn số 1155/SKH&CN-QL&CN&SHTT ngày 07/9/2021");
        assertThat(v.records().get(1).citations()).extracting(DocumentRef::citation)
                .containsExactly("Báo cáo số 1118/SKH&CN-QL&CN&SHTT ngày 27/8/2021");
        assertThat(v.records().get(2).citations()).isEmpty();
        assertThat(v.records()).allSatisfy(r -> assertThat(r.detail()).isNotBlank());
    }

    @Test
    void technologyAndIpFigures() {
        assertThat(value("technology.appraisals", YTD).value()).isEqualTo(5);
        assertThat(value("ip.supportCases", YTD).value()).isEqualTo(6);
        IndicatorValue proposals = value("ip.programmeProposals", YTD);
        assertThat(proposals.value()).isEqualTo(1);
        assertThat(proposals.citations()).extracting(DocumentRef::citation).containsExactly("Công văn số 584/SKH&CN-QLCN&SHTT ngày 21/5/2021");
        assertThat(proposals.records().get(0).label()).contains("Bằng độc quyền sáng chế Số 24032 của Chủ sáng chế Bé Văn Tú");
    }

    @Test
    void initiativeRounds() {
        IndicatorValue m = value("initiatives.rounds", M);
        assertThat(m.value()).isEqualTo(1);
        assertThat(m.names()).containsExactly("đợt 2");
        IndicatorValue ytd = value("initiatives.rounds", YTD);
        assertThat(ytd.value()).isEqualTo(2);
        assertThat(ytd.names()).containsExactly("đợt 1", "đợt 2");
    }

    @Test
    void centreProducedAndSoldPerProductInItsOwnUnit() {
        IndicatorValue produced = value("centre.produced", YTD);
        assertThat(produced.value()).isNull();
        assertThat(produced.by().get("product")).containsExactlyInAnyOrderEntriesOf(Map.of(TEA, 8079L, TURMERIC, 870L));
        IndicatorValue sold = value("centre.sold", YTD);
        assertThat(sold.value()).isNull();
        assertThat(sold.by().get("product")).containsExactlyInAnyOrderEntriesOf(Map.of(TEA, 6102L, TURMERIC, 530L));
        assertThat(produced.records()).allSatisfy(r -> assertThat(r.href()).startsWith("/centre/lots/"));
    }

    @Test
    void centreTrainingsAndGeneSources() {
        IndicatorValue t = value("centre.trainings", YTD);
        assertThat(t.value()).isEqualTo(2);
        assertThat(t.names()).hasSize(2).anyMatch(n -> n.contains("Thạch An")).anyMatch(n -> n.contains("Hòa An"));
        assertThat(value("centre.geneSources", YTD).value()).isEqualTo(17);
        assertThat(value("centre.geneSources", M).value()).isEqualTo(17);
    }

    @Test
    void outreachFigures() {
        assertThat(value("outreach.newsPosts", M).value()).isEqualTo(35);
        assertThat(value("outreach.newsPosts", YTD).value()).isEqualTo(219);
        assertThat(value("outreach.newsPosts", YTD).names()).containsExactly("khcncaobang.gov.vn");
        assertThat(value("outreach.broadcasts", M).value()).isEqualTo(1);
        assertThat(value("outreach.broadcasts", YTD).value()).isEqualTo(8);
        IndicatorValue copiesM = value("outreach.bulletinCopies", M);
        assertThat(copiesM.value()).isZero();
        assertThat(copiesM.names()).isEmpty();
        IndicatorValue copies = value("outreach.bulletinCopies", YTD);
        assertThat(copies.value()).isEqualTo(1000);
        assertThat(copies.names()).containsExactly("1, 2/2021");
    }

    @Test
    void investmentProjectsActive() {
        assertThat(value("investment.projectsActive", M).value()).isEqualTo(2);
        assertThat(value("investment.projectsActive", YTD).value()).isEqualTo(2);
    }
}
