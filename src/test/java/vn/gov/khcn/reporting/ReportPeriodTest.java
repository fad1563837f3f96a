package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.shared.DomainException;

class ReportPeriodTest {
    @Test
    void septemberWithCutOff16RunsFrom17AugustTo16September() {
        ReportPeriod p = new ReportPeriod(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9), 16);
        assertThat(p.monthRange()).isEqualTo(new DateRange(LocalDate.of(2021, 8, 17), LocalDate.of(2021, 9, 16)));
        assertThat(p.ytdRange()).isEqualTo(new DateRange(LocalDate.of(2020, 12, 17), LocalDate.of(2021, 9, 16)));
        assertThat(p.ranges()).containsOnlyKeys("month", "ytd");
    }

    @Test
    void defaultCutOff14FollowsTheNationalRule() {
        ReportPeriod p = new ReportPeriod(ReportKind.MONTH, YearMonth.of(2021, 1), 14);
        assertThat(p.monthRange()).isEqualTo(new DateRange(LocalDate.of(2020, 12, 15), LocalDate.of(2021, 1, 14)));
        assertThat(p.ranges()).containsOnlyKeys("month");
    }

    @Test
    void quarterHalfYearAndYearHoldMonthAndYearToDate() {
        ReportPeriod q = new ReportPeriod(ReportKind.QUARTER, YearMonth.of(2021, 6), 14);
        assertThat(q.ytdRange()).isEqualTo(new DateRange(LocalDate.of(2020, 12, 15), LocalDate.of(2021, 6, 14)));
        assertThat(q.quarterRoman()).isEqualTo("II");
        ReportPeriod h = new ReportPeriod(ReportKind.HALF_YEAR, YearMonth.of(2021, 6), 16);
        assertThat(h.ranges().get("ytd")).isEqualTo(new DateRange(LocalDate.of(2020, 12, 17), LocalDate.of(2021, 6, 16)));
        ReportPeriod y = new ReportPeriod(ReportKind.YEAR, YearMonth.of(2021, 12), 14);
        assertThat(y.ytdRange()).isEqualTo(new DateRange(LocalDate.of(2020, 12, 15), LocalDate.of(2021, 12, 14)));
        assertThat(y.monthRange()).isEqualTo(new DateRange(LocalDate.of(2021, 11, 15), LocalDate.of(2021, 12, 14)));
    }

    @Test
    void refusesAQuarterlyReportForAMonthThatEndsNoQuarter() {
        assertThatThrownBy(() -> new ReportPeriod(ReportKind.QUARTER, YearMonth.of(2021, 8), 14))
                .isInstanceOf(DomainException.class).hasMessageContaining("Báo cáo quý");
        assertThatThrownBy(() -> new ReportPeriod(ReportKind.NINE_MONTHS, YearMonth.of(2021, 6), 14)).isInstanceOf(DomainException.class);
    }

    @Test
    void parsesKindsAndMonthsFromTheCommandLineNames() {
        assertThat(ReportKind.ofCode("half-year")).contains(ReportKind.HALF_YEAR);
        assertThat(ReportKind.ofCode("nine-months")).contains(ReportKind.NINE_MONTHS);
        assertThat(ReportKind.ofCode("9months")).isEmpty();
        assertThat(ReportPeriod.parseMonth("2021-09")).isEqualTo(YearMonth.of(2021, 9));
        assertThatThrownBy(() -> ReportPeriod.parseMonth("09/2021")).isInstanceOf(DomainException.class).hasMessageContaining("2021-09");
    }
}
