package vn.gov.khcn.technology.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;
import vn.gov.khcn.technology.IpObject;
import vn.gov.khcn.technology.IpSupportCase;
import vn.gov.khcn.technology.IpSupportCaseCommand;
import vn.gov.khcn.technology.IpSupportCaseQuery;
import vn.gov.khcn.technology.IpSupportCases;

@Controller
@RequestMapping("/technology/support-cases")
class SupportCasePages extends RegisterPages<IpSupportCaseCommand> {
    private final IpSupportCases cases;

    SupportCasePages(IpSupportCases cases) {
        super("/technology/support-cases", () -> IpSupportCaseCommand.of(null, IpObject.NHAN_HIEU, null, null), c -> cases.record(c).id(), cases::correct);
        this.cases = cases;
    }

    @GetMapping
    String list(IpSupportCaseQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "ip-support-cases");
        var r = cases.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(s -> new Row("/technology/support-cases/" + s.id(), List.of(s.advisedName(),
                s.ipObject().label(), Formats.date(s.advisedOn()), TechnologyTabs.orEmpty(s.outcome())))).toList();
        return show(model, new Table("Hướng dẫn, hỗ trợ đăng ký quyền sở hữu công nghiệp", null, "/technology/support-cases/new", "Thêm",
                List.of("Tổ chức, cá nhân", "Đối tượng", "Ngày", "Kết quả"), rows, r, SimplePages.base("/technology/support-cases", "q", query.q(), "year", query.year()),
                List.of(new Filter("q", "Tìm", query.q(), List.of()), Filter.year(query.year())), TechnologyTabs.TABS).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER));
    }

    @Override
    protected IpSupportCaseCommand saved(long id) {
        IpSupportCase s = cases.get(id);
        return new IpSupportCaseCommand(s.advisedName(), s.ipObject(), s.advisedOn(), s.outcome(), s.version(), null);
    }

    @Override
    protected Form form(IpSupportCaseCommand c, Long id) {
        return new Form("Hướng dẫn hỗ trợ đăng ký SHCN", id == null ? "/technology/support-cases" : "/technology/support-cases/" + id,
                "/technology/support-cases", List.of(
                Field.text("advisedName", "Tổ chức, cá nhân được hướng dẫn", c.advisedName(), true),
                Field.select("ipObject", "Đối tượng", c.ipObject(), SimplePages.options(IpObject.values(), IpObject::label), true),
                Field.of("date", "advisedOn", "Ngày hướng dẫn", c.advisedOn(), true),
                Field.of("textarea", "outcome", "Kết quả", c.outcome(), false),
                Field.reason(id)), c.version(), null, null, "ipSupportCase", id, List.of()).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER);
    }
}
