package vn.gov.khcn.investment.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.investment.DisbursementCommand;
import vn.gov.khcn.investment.InvestmentProject;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.investment.ProjectQuery;
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

@Controller
@RequestMapping("/investment")
class InvestmentPages extends RegisterPages<ProjectCommand> {
    private final InvestmentProjects projects;

    InvestmentPages(InvestmentProjects projects) {
        super("/investment", () -> ProjectCommand.of(null, null, null, null, null, Unit.OFFICE), c -> projects.record(c).id(), projects::correct);
        this.projects = projects;
    }

    @GetMapping
    String list(ProjectQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "investment-projects");
        var r = projects.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((InvestmentProject p) -> new Row("/investment/" + p.id(), List.of(p.name(),
                Formats.money(p.totalInvestment()), Formats.money(p.disbursed()), Formats.date(p.startOn()),
                p.endOn() == null ? "đang thực hiện" : Formats.date(p.endOn())))).toList();
        return show(model, new Table("Dự án đầu tư công", null, "/investment/new", "Thêm dự án",
                List.of("Dự án", "Tổng mức đầu tư", "Đã giải ngân", "Khởi công", "Hoàn thành"), rows, r, SimplePages.base("/investment", "q", query.q(), "active", query.active() ? true : null),
                List.of(new Filter("q", "Tìm theo tên", query.q(), List.of()),
                        new Filter("active", "Tình trạng", query.active() ? "true" : null, List.of(new Option("true", "Đang thực hiện")))), List.of()));
    }

    @Override
    protected ProjectCommand saved(long id) {
        InvestmentProject p = projects.get(id);
        return new ProjectCommand(p.name(), p.totalInvestment(), p.startOn(), p.endOn(), p.progressNotes(), p.unit(),
                p.version(), null);
    }

    @GetMapping("/{id}/disburse")
    String disburseForm(@PathVariable long id, Model model) {
        return show(model, disburseForm(id, new DisbursementCommand(null, null, null)));
    }

    @PostMapping("/{id}/disburse")
    String disburse(@PathVariable long id, DisbursementCommand c, Model model, RedirectAttributes ra) {
        return save(() -> projects.disburse(id, c).id(), "/investment/", disburseForm(id, c), model, ra);
    }

    private Form disburseForm(long id, DisbursementCommand c) {
        return new Form("Giải ngân: " + projects.get(id).name(), "/investment/" + id + "/disburse", "/investment/" + id, List.of(
                Field.of("date", "paidOn", "Ngày giải ngân", c.paidOn(), true), Field.of("number", "amount", "Số tiền (đồng)", c.amount(), true),
                Field.text("note", "Ghi chú", c.note(), false)), null, null, null, "investmentProject", null, List.of());
    }

    @Override
    protected Form form(ProjectCommand c, Long id) {
        List<Link> links = new ArrayList<>();
        if (id != null) {
            projects.disbursements(id).forEach(d -> links.add(new Link("/investment/" + id, "Giải ngân ngày " + Formats.date(d.paidOn()) + ": "
                    + Formats.money(d.amount()) + (d.note() == null ? "" : " — " + d.note()))));
            links.add(new Link("/investment/" + id + "/disburse", "Thêm lần giải ngân…"));
        }
        return new Form("Dự án đầu tư công", id == null ? "/investment" : "/investment/" + id, "/investment", List.of(
                Field.of("textarea", "name", "Tên dự án", c.name(), true),
                Field.of("number", "totalInvestment", "Tổng mức đầu tư (đồng)", c.totalInvestment(), true),
                Field.of("date", "startOn", "Ngày khởi công", c.startOn(), true),
                Field.of("date", "endOn", "Ngày hoàn thành (để trống nếu đang thực hiện)", c.endOn(), false),
                Field.of("textarea", "progressNotes", "Tình hình thực hiện", c.progressNotes(), false),
                Field.select("unit", "Đơn vị theo dõi", c.unit(), SimplePages.options(Unit.labels()), true),
                Field.reason(id)), c.version(), null, null, "investmentProject", id, links);
    }
}
