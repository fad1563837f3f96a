package vn.gov.khcn.programme.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.programme.ItemCommand;
import vn.gov.khcn.programme.ItemQuery;
import vn.gov.khcn.programme.ItemStatus;
import vn.gov.khcn.programme.ProgrammeItem;
import vn.gov.khcn.programme.WorkProgramme;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The tasks the work programmes assign, with their deadlines and outcomes. */
@Controller
@RequestMapping("/programme/items")
class ProgrammeItemPages extends RegisterPages<ItemCommand> {
    private final WorkProgrammes programmes;

    ProgrammeItemPages(WorkProgrammes programmes) {
        super("/programme/items", () -> ItemCommand.of(null, null, null, ItemStatus.ASSIGNED, null, Unit.TECHNOLOGY, List.of()), c -> programmes.recordItem(c).id(), programmes::correctItem);
        this.programmes = programmes;
    }

    @GetMapping
    String list(ItemQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        var result = programmes.items(query, Math.max(page, 0), 25);
        SimplePages.exportAs(model, "programme-items");
        var today = programmes.today();
        List<Row> rows = result.items().stream().map(i -> new Row("/programme/items/" + i.id(), List.of(i.title(), Formats.monthWords(i.month()),
                Formats.date(i.deadline()), i.statusOn(today).label(), i.outcome() == null ? "" : i.outcome(),
                i.documents().stream().map(d -> d.citation()).collect(Collectors.joining("; "))),
                i.overdueOn(today) ? "Quá hạn" : null)).toList();
        return show(model, new Table("Nhiệm vụ được giao theo Chương trình công tác", null, "/programme/items/new", "Thêm nhiệm vụ",
                List.of("Nội dung", "Tháng", "Thời hạn", "Trạng thái", "Kết quả", "Văn bản"), rows, result, SimplePages.base("/programme/items", "month", query.month(), "q", query.q(), "overdue", query.overdue()),
                List.of(new Filter("month", "Tháng (năm-tháng)", query.month(), List.of()), new Filter("q", "Tìm theo nội dung", query.q(), List.of()),
                        new Filter("overdue", "Chỉ quá hạn", query.overdue() ? "true" : null, List.of(new Option("true", "Quá hạn")))),
                List.of(new Link("/programme", "Các chương trình"))));
    }

    @Override
    protected ItemCommand saved(long id) {
        ProgrammeItem i = programmes.item(id);
        return new ItemCommand(i.programmeId(), i.title(), i.deadline(), i.status(), i.outcome(), i.unit(),
                i.documents().stream().map(d -> d.id()).toList(), i.version(), null);
    }

    @Override
    protected Form form(ItemCommand c, Long id) {
        List<Option> progs = programmes.programmes().stream().map((WorkProgramme p) -> new Option(String.valueOf(p.id()),
                Formats.monthWords(p.month()) + " — " + p.document().numberSymbol())).toList();
        List<Option> statuses = SimplePages.options(ItemStatus.values(), ItemStatus::label).stream()
                .filter(o -> !o.value().equals(ItemStatus.OVERDUE.name())).toList();
        List<Link> links = id == null ? List.of() : programmes.item(id).documents().stream()
                .map(d -> new Link("/documents/" + d.id(), d.citation())).toList();
        String docs = c.documentIds() == null ? null : c.documentIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        return new Form(id == null ? "Thêm nhiệm vụ được giao" : "Nhiệm vụ được giao", id == null ? "/programme/items" : "/programme/items/" + id,
                "/programme/items", List.of(
                Field.select("programmeId", "Chương trình công tác", c.programmeId(), progs, true),
                Field.of("textarea", "title", "Nội dung nhiệm vụ", c.title(), true),
                Field.of("date", "deadline", "Thời hạn", c.deadline(), true),
                Field.select("status", "Trạng thái", c.status(), statuses, true),
                Field.of("textarea", "outcome", "Kết quả thực hiện", c.outcome(), false),
                Field.documents("documentIds", "Mã các văn bản kết quả (cách nhau bởi dấu phẩy)", docs, false),
                Field.select("unit", "Đơn vị chủ trì", c.unit(), SimplePages.options(Unit.labels()), true), Field.reason(id)),
                c.version(), null, null, "programmeItem", id, links);
    }
}
