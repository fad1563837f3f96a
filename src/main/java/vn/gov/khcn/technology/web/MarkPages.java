package vn.gov.khcn.technology.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;
import vn.gov.khcn.technology.CollectiveMark;
import vn.gov.khcn.technology.CollectiveMarkCommand;
import vn.gov.khcn.technology.CollectiveMarkQuery;
import vn.gov.khcn.technology.CollectiveMarks;
import vn.gov.khcn.technology.MarkKind;
import vn.gov.khcn.technology.MarkStatus;

@Controller
@RequestMapping("/technology/marks")
class MarkPages extends RegisterPages<CollectiveMarkCommand> {
    private final CollectiveMarks marks;

    MarkPages(CollectiveMarks marks) {
        super("/technology/marks", () -> CollectiveMarkCommand.of(null, MarkKind.COLLECTIVE_MARK, null, null, MarkStatus.PREPARING), c -> marks.record(c).id(), marks::correct);
        this.marks = marks;
    }

    @GetMapping
    String list(CollectiveMarkQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "collective-marks");
        var r = marks.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(m -> new Row("/technology/marks/" + m.id(), List.of(m.name(), m.kind().label(),
                m.product(), TechnologyTabs.orEmpty(m.holder()), m.status().label(), m.builtOn() == null ? "" : vn.gov.khcn.shared.Formats.date(m.builtOn())))).toList();
        return show(model, new Table("Nhãn hiệu tập thể, chỉ dẫn địa lý của đặc sản địa phương", null, "/technology/marks/new", "Thêm",
                List.of("Tên", "Loại", "Sản phẩm", "Chủ sở hữu", "Tình trạng", "Ngày hoàn thành xây dựng"), rows, r, SimplePages.base("/technology/marks", "q", query.q(), "kind", query.kind()),
                List.of(new Filter("q", "Tìm theo tên", query.q(), List.of()), new Filter("kind", "Loại", query.kind() == null ? null
                        : query.kind().name(), SimplePages.options(MarkKind.values(), MarkKind::label))), TechnologyTabs.TABS).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER));
    }

    @Override
    protected CollectiveMarkCommand saved(long id) {
        CollectiveMark m = marks.get(id);
        return new CollectiveMarkCommand(m.name(), m.kind(), m.product(), m.holder(), m.status(), m.version(), m.builtOn(),
                null);
    }

    @Override
    protected Form form(CollectiveMarkCommand c, Long id) {
        return new Form("Nhãn hiệu, chỉ dẫn địa lý", id == null ? "/technology/marks" : "/technology/marks/" + id, "/technology/marks", List.of(
                Field.text("name", "Tên", c.name(), true),
                Field.select("kind", "Loại", c.kind(), SimplePages.options(MarkKind.values(), MarkKind::label), true),
                Field.text("product", "Sản phẩm", c.product(), true),
                Field.text("holder", "Chủ sở hữu, tổ chức quản lý", c.holder(), false),
                Field.select("status", "Tình trạng", c.status(), SimplePages.options(MarkStatus.values(), MarkStatus::label), true),
                Field.of("date", "builtOn", "Ngày hoàn thành xây dựng (được cấp văn bằng bảo hộ hoặc nghiệm thu dự án xây dựng)", c.builtOn(), false),
                Field.reason(id)),
                c.version(), null, null, "collectiveMark", id, List.of()).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER);
    }
}
