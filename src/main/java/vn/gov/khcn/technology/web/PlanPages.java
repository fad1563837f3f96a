package vn.gov.khcn.technology.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;
import vn.gov.khcn.technology.InnovationPlan;
import vn.gov.khcn.technology.InnovationPlanCommand;
import vn.gov.khcn.technology.InnovationPlanQuery;
import vn.gov.khcn.technology.InnovationPlans;

@Controller
@RequestMapping("/technology/plans")
class PlanPages extends RegisterPages<InnovationPlanCommand> {
    private final InnovationPlans plans;
    private final Documents documents;

    PlanPages(InnovationPlans plans, Documents documents) {
        super("/technology/plans", () -> InnovationPlanCommand.of(null, null, null), c -> plans.record(c).id(), plans::correct);
        this.plans = plans;
        this.documents = documents;
    }

    @GetMapping
    String list(InnovationPlanQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "innovation-plans");
        var r = plans.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(p -> new Row("/technology/plans/" + p.id(), List.of(p.title(), Formats.date(p.datedOn()),
                TechnologyTabs.cite(documents, p.documentId())))).toList();
        return show(model, new Table("Kế hoạch đổi mới sáng tạo, khởi nghiệp", null, "/technology/plans/new", "Thêm",
                List.of("Kế hoạch", "Ngày", "Văn bản"), rows, r, SimplePages.base("/technology/plans", "year", query.year()), List.of(Filter.year(query.year())),
                TechnologyTabs.TABS).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER));
    }

    @Override
    protected InnovationPlanCommand saved(long id) {
        InnovationPlan p = plans.get(id);
        return new InnovationPlanCommand(p.title(), p.datedOn(), p.documentId(), p.version());
    }

    @Override
    protected Form form(InnovationPlanCommand c, Long id) {
        return new Form("Kế hoạch đổi mới sáng tạo, khởi nghiệp", id == null ? "/technology/plans" : "/technology/plans/" + id,
                "/technology/plans", List.of(
                Field.of("textarea", "title", "Tên kế hoạch", c.title(), true),
                Field.of("date", "datedOn", "Ngày", c.datedOn(), true),
                Field.document("documentId", "Mã văn bản (trong sổ văn bản)", c.documentId(), true)),
                c.version(), null, null, "innovationPlan", id, TechnologyTabs.documentLinks(documents, c.documentId())).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER);
    }
}
