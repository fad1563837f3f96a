package vn.gov.khcn.technology.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.technology.Initiative;
import vn.gov.khcn.technology.InitiativeCommand;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.RoundQuery;

/** Pages of the initiatives a round recognises: added and corrected from a round's page, which a save returns to. */
@Controller
@RequestMapping("/technology/initiatives")
record InitiativePages(InitiativeRounds rounds) {

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long roundId, Model model) {
        return show(model, form(InitiativeCommand.of(roundId, null, null, null), null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Initiative i = rounds.initiative(id);
        return show(model, form(new InitiativeCommand(i.roundId(), i.title(), i.authors(), i.unitName(), i.version()), id));
    }

    @PostMapping
    String create(InitiativeCommand c, Model model, RedirectAttributes ra) {
        return save(() -> rounds.recordInitiative(c).roundId(), "/technology/rounds/", form(c, null), model, ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, InitiativeCommand c, Model model, RedirectAttributes ra) {
        return save(() -> rounds.correctInitiative(id, c).roundId(), "/technology/rounds/", form(c, id), model, ra);
    }

    private Form form(InitiativeCommand c, Long id) {
        var choices = rounds.search(RoundQuery.ALL).stream()
                .map(r -> new SimplePages.Option(String.valueOf(r.id()), "Đợt " + r.roundNo() + "/" + r.roundYear())).toList();
        return new Form("Sáng kiến được công nhận", id == null ? "/technology/initiatives" : "/technology/initiatives/" + id,
                "/technology/rounds", List.of(
                Field.select("roundId", "Đợt", c.roundId(), choices, true),
                Field.of("textarea", "title", "Tên sáng kiến", c.title(), true),
                Field.text("authors", "Tác giả", c.authors(), true),
                Field.text("unitName", "Đơn vị", c.unitName(), false)),
                c.version(), null, null, "initiative", id, List.of()).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER);
    }
}
