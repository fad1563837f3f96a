package vn.gov.khcn.centre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Stock on hand is everything produced less everything sold up to the end of a day, and never below zero. */
class StockLedgerTest {
    private static final Product TEA = new Product(1, "Trà giảo cổ lam", "hộp", 0);

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2021, month, day);
    }

    @Test
    void stockOnHandIsWhatWasProducedLessWhatWasSoldUpToTheEndOfTheDay() {
        StockLedger tea = new StockLedger(TEA).produced(day(1, 15), 1200).sold(day(2, 1), 900).produced(day(3, 10), 1500).sold(day(3, 10), 1000);
        assertThat(tea.on(day(1, 14))).isEqualTo(new Stock(1, "Trà giảo cổ lam", "hộp", 0, 0, 0));
        assertThat(tea.on(day(2, 1)).onHand()).isEqualTo(300);
        // what was produced and sold on the day both count at its end
        assertThat(tea.on(day(3, 10))).isEqualTo(new Stock(1, "Trà giảo cổ lam", "hộp", 2700, 1900, 800));
        assertThat(tea.firstShortfall()).isEmpty();
    }

    @Test
    void lotsAndSalesOfTheSameDayAddUp() {
        StockLedger tea = new StockLedger(TEA).produced(day(4, 1), 30).produced(day(4, 1), 20).sold(day(4, 1), 10).sold(day(4, 1), 15);
        assertThat(tea.on(day(4, 1)).produced()).isEqualTo(50);
        assertThat(tea.on(day(4, 1)).sold()).isEqualTo(25);
    }

    @Test
    void sellingEverythingOnHandLeavesNothingAndOneMoreIsAShortfallOnThatDay() {
        StockLedger exact = new StockLedger(TEA).produced(day(4, 1), 30).sold(day(4, 2), 30);
        assertThat(exact.on(day(4, 2)).onHand()).isZero();
        assertThat(exact.firstShortfall()).isEmpty();
        assertThat(new StockLedger(TEA).produced(day(4, 1), 30).sold(day(4, 2), 31).firstShortfall()).contains(day(4, 2));
    }

    @Test
    void aSaleBeforeTheLotThatCoversItIsAShortfallThoughTheTotalsBalance() {
        StockLedger early = new StockLedger(TEA).sold(day(3, 31), 10).produced(day(4, 1), 30);
        assertThat(early.on(day(12, 31)).onHand()).isEqualTo(20);
        assertThat(early.firstShortfall()).contains(day(3, 31));
    }

    @Test
    void theFirstShortfallIsTheEarliestDayBelowZero() {
        StockLedger moved = new StockLedger(TEA).produced(day(1, 1), 100).sold(day(2, 1), 60).sold(day(3, 1), 60).produced(day(3, 15), 100)
                .sold(day(4, 1), 200);
        assertThat(moved.on(day(3, 1)).onHand()).isEqualTo(-20);
        assertThat(moved.firstShortfall()).contains(day(3, 1));
    }
}
