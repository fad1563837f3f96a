package vn.gov.khcn.metrology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;

/** The seed's figures for issue 4's registers, computed from the demo records (M and YTD of September 2021). */
abstract class Issue4GoldenContract {
    static final DateRange M = new DateRange(LocalDate.of(2021, 8, 17), LocalDate.of(2021, 9, 16));
    static final DateRange YTD = new DateRange(LocalDate.of(2020, 12, 17), LocalDate.of(2021, 9, 16));

    @Autowired
    List<IndicatorProvider> providers;

    IndicatorValue value(String code, DateRange p) {
        Map<String, Indicator> all = providers.stream().flatMap(x -> x.indicators().stream())
                .collect(Collectors.toMap(Indicator::code, i -> i));
        assertThat(all).containsKey(code);
        return all.get(code).compute(p);
    }

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
}
