package vn.gov.khcn.centre.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.centre.Training;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.centre.TrainingQuery;
import vn.gov.khcn.centre.Trainings;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The centre's training courses and technical guidance. */
@Controller
@RequestMapping("/centre/trainings")
class TrainingPages extends RegisterPages<TrainingCommand> {
    private final Trainings trainings;

    TrainingPages(Trainings trainings) {
        super("/centre/trainings", () -> TrainingCommand.of(null, null, null, null, null), c -> trainings.hold(c).id(), trainings::correct);
        this.trainings = trainings;
    }

    @GetMapping
    String list(TrainingQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-trainings");
        var r = trainings.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((Training t) -> Row.of("/centre/trainings/" + t.id(), t.title(), t.commune(), t.district(),
                t.heldOn(), t.participants())).toList();
        return show(model, new Table("Lớp tập huấn, hướng dẫn kỹ thuật", null, "/centre/trainings/new", "Thêm lớp",
                List.of("Tên lớp", "Xã", "Huyện", "Ngày", "Số người"), rows, r,
                SimplePages.base("/centre/trainings", "q", query.q(), "year", query.year()),
                CentrePages.textAndYear(query.q(), query.year()), CentrePages.TABS).ownedBy(vn.gov.khcn.centre.Products.OWNER));
    }

    @Override
    protected TrainingCommand saved(long id) {
        Training t = trainings.get(id);
        return new TrainingCommand(t.title(), t.commune(), t.district(), t.heldOn(), t.participants(), t.version(), null);
    }

    @Override
    protected Form form(TrainingCommand c, Long id) {
        return new Form("Lớp tập huấn", id == null ? "/centre/trainings" : "/centre/trainings/" + id, "/centre/trainings", List.of(
                Field.of("textarea", "title", "Tên lớp", c.title(), true), Field.text("commune", "Xã", c.commune(), true),
                Field.text("district", "Huyện", c.district(), true), Field.of("date", "heldOn", "Ngày tổ chức", c.heldOn(), true),
                Field.of("number", "participants", "Số người tham dự", c.participants(), false), Field.reason(id)),
                c.version(), null, null, "centreTraining", id, List.of()).ownedBy(vn.gov.khcn.centre.Products.OWNER);
    }
}
