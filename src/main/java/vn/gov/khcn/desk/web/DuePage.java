package vn.gov.khcn.desk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.khcn.desk.DueList;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.DueItems;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.Downloads;

/**
 * What falls due in the next 30 days or is overdue, in every register that has dates: 50 a page, by unit (a unit's
 * staff see their unit's first; "Tất cả" every unit's) and by kind; the filtered list whole as XLSX or CSV.
 */
@Controller
record DuePage(DueList due, Clock clock) {
    static final int SIZE = 50;

    @GetMapping("/due")
    String due(@RequestParam(required = false) String unit, @RequestParam(required = false) String kind,
               @RequestParam(required = false) Integer page, @RequestParam(required = false) String export, Model model,
               HttpServletResponse res) {
        LocalDate today = LocalDate.now(clock);
        Unit u = unit(unit);
        String k = kind(kind);
        Map<String, String> labels = due.kinds().stream().collect(Collectors.toMap(DueItems::kind, DueItems::label));
        if (Downloads.requested(export)) {
            Downloads.table(res, export, "den-han-qua-han", "Den han", List.of("Hạn", "Tình trạng", "Số ngày", "Loại việc", "Việc",
                    "Chi tiết", "Đơn vị"), sink -> due.page(u, k, today, 0, Integer.MAX_VALUE).items().forEach(d -> sink.accept(
                    new Object[] {d.dueOn(), status(d, today), d.whenText(today), labels.get(d.kind()), d.title(), d.detail(),
                            d.unit() == null ? "" : d.unit().label()})));
            return null;
        }
        var result = due.page(u, k, today, page == null ? 0 : page, SIZE);
        String base = UriComponentsBuilder.fromPath("/due").queryParam("unit", u == null ? "" : u.name())
                .queryParamIfPresent("kind", java.util.Optional.ofNullable(k)).build().toUriString();
        model.addAttribute("unit", u);
        model.addAttribute("kind", k);
        model.addAttribute("units", Arrays.asList(Unit.values()));
        model.addAttribute("kinds", due.kinds());
        model.addAttribute("labels", labels);
        model.addAttribute("today", today);
        model.addAttribute("days", DueItems.HORIZON_DAYS);
        model.addAttribute("page", result);
        model.addAttribute("base", base);
        model.addAttribute("pageNumbers", pageNumbers(result.page(), result.pages()));
        return "desk/due";
    }

    static String status(DueItem d, LocalDate today) {
        return d.overdueOn(today) ? "Quá hạn" : "Sắp đến hạn";
    }

    /** The pages linked around the current one: the first, the last and five either side. */
    static List<Integer> pageNumbers(int current, int pages) {
        return IntStream.range(0, pages).filter(p -> p == 0 || p == pages - 1 || Math.abs(p - current) <= 5).boxed().toList();
    }

    /** No unit given: a unit's staff see their own unit's, everyone else every unit's; "" is every unit's. */
    private static Unit unit(String unit) {
        if (unit == null) {
            return CurrentUser.signedIn().filter(c -> c.is(Role.UNIT_STAFF)).map(CurrentUser::unit).orElse(null);
        }
        if (unit.isBlank()) {
            return null;
        }
        try {
            return Unit.valueOf(unit);
        } catch (IllegalArgumentException e) {
            throw new DomainException("unit", "Không có đơn vị \"" + unit + "\".");
        }
    }

    private String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        if (due.kinds().stream().noneMatch(d -> d.kind().equals(kind))) {
            throw new DomainException("kind", "Không có loại việc \"" + kind + "\".");
        }
        return kind;
    }
}
