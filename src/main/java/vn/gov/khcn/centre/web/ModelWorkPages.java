package vn.gov.khcn.centre.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.centre.ModelWork;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.centre.ModelWorkQuery;
import vn.gov.khcn.centre.ModelWorks;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The centre's model and technology-transfer work. */
@Controller
@RequestMapping("/centre/model-works")
class ModelWorkPages extends RegisterPages<ModelWorkCommand> {
    private final ModelWorks works;

    ModelWorkPages(ModelWorks works) {
        super("/centre/model-works", () -> ModelWorkCommand.of(null, null, null, null), c -> works.record(c).id(), works::correct);
        this.works = works;
    }

    @GetMapping
    String list(ModelWorkQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-model-works");
        var r = works.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((ModelWork w) -> Row.of("/centre/model-works/" + w.id(), w.title(), w.place(), w.datedOn())).toList();
        return show(model, new Table("Mô hình, chuyển giao công nghệ", null, "/centre/model-works/new", "Thêm",
                List.of("Nội dung", "Địa điểm", "Ngày"), rows, r,
                SimplePages.base("/centre/model-works", "q", query.q(), "year", query.year()),
                CentrePages.textAndYear(query.q(), query.year()), CentrePages.TABS).ownedBy(vn.gov.khcn.centre.Products.OWNER));
    }

    @Override
    protected ModelWorkCommand saved(long id) {
        ModelWork w = works.get(id);
        return new ModelWorkCommand(w.title(), w.place(), w.datedOn(), w.description(), w.version());
    }

    @Override
    protected Form form(ModelWorkCommand c, Long id) {
        return new Form("Mô hình, chuyển giao công nghệ", id == null ? "/centre/model-works" : "/centre/model-works/" + id, "/centre/model-works",
                List.of(Field.of("textarea", "title", "Nội dung", c.title(), true), Field.text("place", "Địa điểm", c.place(), false),
                        Field.of("date", "datedOn", "Ngày", c.datedOn(), true), Field.of("textarea", "description", "Mô tả", c.description(), false)),
                c.version(), null, null, "centreModelWork", id, List.of()).ownedBy(vn.gov.khcn.centre.Products.OWNER);
    }
}
