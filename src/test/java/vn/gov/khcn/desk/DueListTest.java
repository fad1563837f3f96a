package vn.gov.khcn.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.DueItems;
import vn.gov.khcn.shared.Unit;

/** The due list merges the registers' lists soonest first and pages across them, by unit and kind. */
class DueListTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** A register of {@code n} items of {@code unit}, every {@code step} days from {@code first} days ago. */
    static DueItems register(String kind, Unit unit, int n, int first, int step) {
        List<DueItem> all = IntStream.range(0, n).mapToObj(i -> new DueItem(kind, unit, kind + i, "", TODAY.minusDays(first).plusDays((long) i * step),
                "/" + kind + "/" + i)).toList();
        return new DueItems() {
            public String kind() {
                return kind;
            }

            public String label() {
                return kind;
            }

            public long count(Unit u, LocalDate today) {
                return u == null || u == unit ? n : 0;
            }

            public List<DueItem> items(Unit u, LocalDate today, int offset, int limit) {
                return u == null || u == unit ? DueItems.slice(all, offset, limit) : List.of();
            }
        };
    }

    final DueList list = new DueList(List.of(register("a", Unit.CENTRE, 70, 100, 2), register("b", Unit.TECHNOLOGY, 40, 99, 3)));

    @Test
    void pagesAcrossKindsSoonestFirst() {
        var first = list.page(null, null, TODAY, 0, 50);
        var second = list.page(null, null, TODAY, 1, 50);
        var third = list.page(null, null, TODAY, 2, 50);
        assertThat(first.total()).isEqualTo(110);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(third.items()).hasSize(10);
        List<DueItem> walked = new java.util.ArrayList<>(first.items());
        walked.addAll(second.items());
        walked.addAll(third.items());
        assertThat(walked).hasSize(110).doesNotHaveDuplicates().isSortedAccordingTo(DueItems.SOONEST);
    }

    @Test
    void filtersByUnitAndKind() {
        assertThat(list.page(Unit.TECHNOLOGY, null, TODAY, 0, 50).items()).hasSize(40).allMatch(d -> d.kind().equals("b"));
        assertThat(list.page(null, "a", TODAY, 1, 50).items()).hasSize(20).allMatch(d -> d.unit() == Unit.CENTRE);
        assertThat(list.count(Unit.CENTRE, "b", TODAY)).isZero();
    }
}
