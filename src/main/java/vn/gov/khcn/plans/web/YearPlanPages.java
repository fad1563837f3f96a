package vn.gov.khcn.plans.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.plans.PlanCommand;
import vn.gov.khcn.plans.PlanQuery;
import vn.gov.khcn.plans.PlanTarget;
import vn.gov.khcn.plans.Plans;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/plans")
class YearPlanPages extends RegisterPages<PlanCommand> {
    private final Plans plans;

    YearPlanPages(Plans plans) {
        super("/plans", () -> PlanCommand.of(LocalDate.now().getYear(), null, null, null, null, null), c -> plans.record(c).id(), plans::correct);
        this.plans = plans;
    }

    @GetMapping
    String list(PlanQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "plans");
        PlanQuery q = query.year() == null && query.code() == null ? new PlanQuery(LocalDate.now().getYear(), null) : query;
        var r = plans.search(q, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((PlanTarget p) -> new Row("/plans/" + p.id(), List.of(String.valueOf(p.planYear()),
                label(p), Formats.number(p.planned()), p.source() == null ? "" : p.source(), p.note() == null ? "" : p.note()))).toList();
        return show(model, new Table("Kế hoạch năm (chỉ tiêu giao)",
                "Giá trị kế hoạch của từng chỉ tiêu trong năm; báo cáo 6 tháng, 9 tháng và năm so sánh số lũy kế với kế hoạch.",
                "/plans/new", "Thêm", List.of("Năm", "Chỉ tiêu", "Kế hoạch", "Văn bản giao", "Ghi chú"), rows, r,
                SimplePages.base("/plans", "year", q.year(), "code", q.code()), List.of(Filter.year(q.year()), new Filter("code", "Mã chỉ tiêu", q.code(), List.of())),
                List.of(new Link("/plans/indicators", "Mã chỉ tiêu"))).ownedBy(vn.gov.khcn.plans.Plans.OWNER));
    }

    private String label(PlanTarget p) {
        String name = plans.indicators().stream().filter(i -> i[0].equals(p.code())).map(i -> i[1]).findFirst().orElse(p.code());
        return name + " (" + p.code() + (p.part() == null ? "" : ", phần " + p.part()) + ")";
    }

    /** The indicator codes a plan may name. */
    @GetMapping("/indicators")
    String indicators(Model model) {
        List<String[]> all = plans.indicators();
        List<Row> rows = all.stream().map(i -> new Row(null, List.of(i[0], i[1]))).toList();
        return show(model, new Table("Mã chỉ tiêu", "Mã dùng khi nhập kế hoạch năm (cột \"Mã chỉ tiêu\").", null, null,
                List.of("Mã chỉ tiêu", "Tên chỉ tiêu"), rows, new PageResult<>(List.of(), 0, Math.max(1, all.size()), all.size()), "/plans/indicators",
                List.of(), List.of(new Link("/plans", "Kế hoạch năm"))));
    }

    @Override
    protected PlanCommand saved(long id) {
        PlanTarget p = plans.get(id);
        return new PlanCommand(p.planYear(), p.code(), p.part(), p.planned(), p.note(), p.source(), p.version(), null);
    }

    @Override
    protected Form form(PlanCommand c, Long id) {
        return new Form("Kế hoạch năm", id == null ? "/plans" : "/plans/" + id, "/plans", List.of(
                Field.of("number", "planYear", "Năm kế hoạch", c.planYear(), true),
                Field.select("code", "Chỉ tiêu", c.code(), plans.indicators().stream()
                        .map(i -> new SimplePages.Option(i[0], i[1] + " (" + i[0] + ")")).toList(), true),
                Field.text("part", "Phần của chỉ tiêu (để trống: cả chỉ tiêu; ví dụ level.PROVINCIAL)", c.part(), false),
                Field.of("number", "planned", "Giá trị kế hoạch", c.planned(), true),
                Field.text("source", "Văn bản giao kế hoạch (ví dụ Quyết định số 123/QĐ-UBND ngày 15/01/2026)", c.source(), false),
                Field.of("textarea", "note", "Ghi chú", c.note(), false),
                Field.text("reason", id == null ? "Lý do thêm (tùy chọn, ghi vào nhật ký)" : "Lý do sửa (tùy chọn, ghi vào nhật ký)", null, false)),
                c.version(), null, null, "planTarget", id, List.of(new Link("/plans/indicators", "Mã chỉ tiêu"))).ownedBy(vn.gov.khcn.plans.Plans.OWNER);
    }
}
