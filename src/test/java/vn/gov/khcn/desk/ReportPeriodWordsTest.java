package vn.gov.khcn.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.reporting.ReportKind;

/** Each kind's period in words and its window from the cut-off day (Nghị định 09/2019/NĐ-CP's 14th). */
class ReportPeriodWordsTest {
    @Test
    void theWindowsOfCutOffFourteen() {
        YearMonth sep = YearMonth.of(2021, 9);
        assertThat(ReportKind.MONTH.window(sep, 14).start()).isEqualTo(LocalDate.of(2021, 8, 15));
        assertThat(ReportKind.MONTH.window(sep, 14).end()).isEqualTo(LocalDate.of(2021, 9, 14));
        assertThat(ReportKind.QUARTER.window(sep, 14).start()).isEqualTo(LocalDate.of(2021, 6, 15));
        assertThat(ReportKind.NINE_MONTHS.window(sep, 14).start()).isEqualTo(LocalDate.of(2020, 12, 15));
        assertThat(ReportKind.HALF_YEAR.window(YearMonth.of(2021, 6), 14).start()).isEqualTo(LocalDate.of(2020, 12, 15));
        var year = ReportKind.YEAR.window(YearMonth.of(2021, 12), 14);
        assertThat(year.start()).isEqualTo(LocalDate.of(2020, 12, 15));
        assertThat(year.end()).isEqualTo(LocalDate.of(2021, 12, 14));
        // January's month runs from the previous December
        assertThat(ReportKind.MONTH.window(YearMonth.of(2021, 1), 14).start()).isEqualTo(LocalDate.of(2020, 12, 15));
    }

    @Test
    void periodsInWords() {
        assertThat(ReportKind.MONTH.periodWords(YearMonth.of(2021, 9))).isEqualTo("tháng 9/2021");
        assertThat(ReportKind.QUARTER.periodWords(YearMonth.of(2021, 12))).isEqualTo("quý IV/2021");
        assertThat(ReportKind.HALF_YEAR.periodWords(YearMonth.of(2021, 6))).isEqualTo("6 tháng đầu năm 2021");
        assertThat(ReportKind.NINE_MONTHS.periodWords(YearMonth.of(2021, 9))).isEqualTo("9 tháng đầu năm 2021");
        assertThat(ReportKind.YEAR.periodWords(YearMonth.of(2021, 12))).isEqualTo("năm 2021");
    }
}
