package vn.gov.khcn.quality.web;


import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.BusinessGuidance;
import vn.gov.khcn.quality.Guidance;
import vn.gov.khcn.quality.GuidanceCommand;
import vn.gov.khcn.quality.GuidanceQuery;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;

/** Pages of the register of guidance given to businesses. */
@Controller
@RequestMapping("/quality/guidance")
class GuidancePages extends RegisterPages<GuidanceCommand> {
    private final BusinessGuidance guidance;
    private final Organisations organisations;

    GuidancePages(BusinessGuidance guidance, Organisations organisations) {
        super("/quality/guidance", () -> GuidanceCommand.of(null, null, null), c -> guidance.record(c).id(), guidance::correct);
        this.guidance = guidance;
        this.organisations = organisations;
    }

    @GetMapping
    String list(GuidanceQuery query, Model model) {
        List<Row> rows = guidance.search(query).stream().map(g -> Row.of("/quality/guidance/" + g.id(),
                g.guidedOn(), g.businessName(), g.subject())).toList();
        return TdcPages.list(model, "quality-guidance", "Hướng dẫn doanh nghiệp về tiêu chuẩn đo lường chất lượng", "/quality/guidance/new",
                "Vào sổ lần hướng dẫn", List.of("Ngày", "Doanh nghiệp, cơ sở", "Nội dung"), rows, List.of(Filter.year(query.year())));
    }

    @Override
    protected GuidanceCommand saved(long id) {
        Guidance g = guidance.get(id);
        return new GuidanceCommand(g.businessId(), g.guidedOn(), g.subject(), g.version(), null);
    }

    @Override
    protected Form form(GuidanceCommand c, Long id) {
        return new Form(id == null ? "Vào sổ lần hướng dẫn doanh nghiệp" : "Lần hướng dẫn doanh nghiệp",
                id == null ? "/quality/guidance" : "/quality/guidance/" + id, "/quality/guidance", List.of(
                Field.organisation("businessId", "Doanh nghiệp, cơ sở", c.businessId(),
                        SimplePages.options(organisations.choices(null, c.businessId())), false),
                Field.of("date", "guidedOn", "Ngày hướng dẫn", c.guidedOn(), false),
                Field.of("textarea", "subject", "Nội dung hướng dẫn", c.subject(), false),
                Field.reason(id)),
                c.version(), null, null, "business-guidance", id, List.of()).ownedBy(vn.gov.khcn.quality.Quality.OWNER);
    }
}
