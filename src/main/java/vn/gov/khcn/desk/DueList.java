package vn.gov.khcn.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.DueItems;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Unit;

/** What every register has falling due, merged soonest first, by unit and kind, a page at a time. */
@Service
public class DueList {
    private final List<DueItems> registers;

    DueList(List<DueItems> registers) {
        this.registers = List.copyOf(registers);
    }

    /** The kinds of things that fall due, in the order the registers are known. */
    public List<DueItems> kinds() {
        return registers;
    }

    public long count(Unit unit, String kind, LocalDate today) {
        return selected(kind).stream().mapToLong(r -> r.count(unit, today)).sum();
    }

    /**
     * Page {@code page} (from 0) of {@code size} items of {@code unit} (null: every unit) and {@code kind} (null: every
     * kind), soonest first. Across kinds each register gives its first page+1 pages and the merge is cut.
     */
    public PageResult<DueItem> page(Unit unit, String kind, LocalDate today, int page, int size) {
        int from = Math.max(page, 0) * size;
        List<DueItems> chosen = selected(kind);
        long total = chosen.stream().mapToLong(r -> r.count(unit, today)).sum();
        List<DueItem> items;
        if (chosen.size() == 1) {
            items = chosen.get(0).items(unit, today, from, size);
        } else {
            List<DueItem> merged = new ArrayList<>();
            chosen.forEach(r -> merged.addAll(r.items(unit, today, 0, from + size)));
            merged.sort(DueItems.SOONEST);
            items = List.copyOf(DueItems.slice(merged, from, size));
        }
        return new PageResult<>(items, Math.max(page, 0), size, total);
    }

    private List<DueItems> selected(String kind) {
        return kind == null || kind.isBlank() ? registers : registers.stream().filter(r -> r.kind().equals(kind)).toList();
    }
}
