package vn.gov.khcn.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/** What a project allows: disbursements from its start, up to its total investment, and a total never below them. */
class InvestmentProjectTest {
    private static final LocalDate START = LocalDate.of(2022, 1, 1);

    private static InvestmentProject project(long total, long disbursed) {
        return new InvestmentProject(1, "Dự án nâng cấp phòng thử nghiệm", total, START, null, null, Unit.OFFICE, 0, disbursed);
    }

    @Test
    void whatIsLeftToDisburseMayBeDisbursedAndNotADongMore() {
        InvestmentProject p = project(1_000_000_000L, 600_000_000L);
        assertThat(p.undisbursed()).isEqualTo(400_000_000L);
        assertThatCode(() -> p.requireRoomFor(START.plusMonths(1), 400_000_000L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> p.requireRoomFor(START.plusMonths(1), 400_000_001L)).isInstanceOf(DomainException.class)
                .hasMessageContaining("vượt tổng mức đầu tư").hasMessageContaining("600.000.000");
    }

    @Test
    void nothingIsDisbursedBeforeTheProjectStarts() {
        assertThatCode(() -> project(1_000L, 0).requireRoomFor(START, 1_000L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> project(1_000L, 0).requireRoomFor(START.minusDays(1), 1L)).isInstanceOf(DomainException.class)
                .hasMessageContaining("trước ngày khởi công").satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("paidOn"));
    }

    @Test
    void theTotalInvestmentMayNotFallBelowWhatWasDisbursed() {
        assertThatCode(() -> InvestmentProject.requireCovers(600L, 600L)).doesNotThrowAnyException();
        assertThatThrownBy(() -> InvestmentProject.requireCovers(599L, 600L)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("totalInvestment"));
    }

    @Test
    void reportsCountAProjectByItsStartAndItsEnd() {
        assertThat(project(1L, 0).reportDates()).containsExactly(START);
        InvestmentProject done = new InvestmentProject(1, "Dự án", 1L, START, START.plusYears(2), null, Unit.OFFICE, 0, 0);
        assertThat(done.reportDates()).containsExactly(START, START.plusYears(2));
    }
}
