package vn.gov.khcn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueItemTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static DueItem on(LocalDate d) {
        return new DueItem("k", Unit.CENTRE, "x", "", d, "/x");
    }

    @Test
    void daysLeftOrLateInVietnamese() {
        assertThat(on(TODAY.plusDays(5)).whenText(TODAY)).isEqualTo("còn 5 ngày");
        assertThat(on(TODAY).whenText(TODAY)).isEqualTo("đến hạn hôm nay");
        assertThat(on(TODAY.minusDays(12)).whenText(TODAY)).isEqualTo("quá hạn 12 ngày");
        assertThat(on(TODAY.minusDays(1)).overdueOn(TODAY)).isTrue();
        assertThat(on(TODAY).overdueOn(TODAY)).isFalse();
    }

    @Test
    void aSliceOfAShortListStaysInsideIt() {
        List<DueItem> all = List.of(on(TODAY), on(TODAY.plusDays(1)), on(TODAY.plusDays(2)));
        assertThat(DueItems.slice(all, 1, 5)).hasSize(2);
        assertThat(DueItems.slice(all, 5, 5)).isEmpty();
        assertThat(DueItems.slice(all, -1, 2)).hasSize(2);
    }
}
