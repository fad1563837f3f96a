package vn.gov.khcn.programme.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.programme.ProgrammeCommand;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The province's monthly work programmes ({@link ProgrammeItemPages}: the tasks they assign). */
@Controller
@RequestMapping("/programme")
record ProgrammePages(WorkProgrammes programmes) {

    @GetMapping
    String programmes(Model model) {
        SimplePages.exportAs(model, "work-programmes");
        List<Row> rows = programmes.programmes().stream().map(p -> new Row("/programme/items?month=" + p.month(),
                List.of(Formats.monthWords(p.month()), p.document().citation()))).toList();
        return show(model, new Table("Chương trình công tác của UBND tỉnh", null, "/programme/new", "Thêm chương trình tháng",
                List.of("Tháng", "Văn bản"), rows, null, null, List.of(), List.of(new Link("/programme/items", "Nhiệm vụ được giao"))));
    }

    @GetMapping("/new")
    String programmeForm(Model model) {
        return show(model, programmeForm(new ProgrammeCommand(null, null)));
    }

    @PostMapping
    String createProgramme(ProgrammeCommand c, Model model, RedirectAttributes ra) {
        return save(() -> programmes.recordProgramme(c).id(), "/programme?saved=", programmeForm(c), model, ra);
    }

    private Form programmeForm(ProgrammeCommand c) {
        return new Form("Thêm Chương trình công tác tháng", "/programme", "/programme", List.of(
                Field.of("month", "month", "Tháng", c.month(), true),
                Field.document("documentId", "Mã văn bản ban hành chương trình (trong sổ văn bản)", c.documentId(), true)),
                null, null, null, "workProgramme", null, List.of());
    }
}
