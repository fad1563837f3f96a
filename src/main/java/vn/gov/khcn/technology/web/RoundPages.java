package vn.gov.khcn.technology.web;

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
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;
import vn.gov.khcn.technology.Initiative;
import vn.gov.khcn.technology.InitiativeCommand;
import vn.gov.khcn.technology.InitiativeRound;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.RoundCommand;
import vn.gov.khcn.technology.RoundQuery;

/** Pages of the initiative-recognition rounds and, on a round's page, the initiatives it recognises. */
@Controller
@RequestMapping("/technology")
class RoundPages {
    private final InitiativeRounds rounds;
    private final Documents documents;

    RoundPages(InitiativeRounds rounds, Documents documents) {
        this.rounds = rounds;
        this.documents = documents;
    }

    @GetMapping("/rounds")
    String list(RoundQuery query, Model model) {
        SimplePages.exportAs(model, "initiative-rounds");
        List<Row> rows = rounds.search(query).stream().map(r -> new Row("/technology/rounds/" + r.id(), List.of(
                "Đợt " + r.roundNo() + "/" + r.roundYear(), Formats.date(r.submittedOn()), TechnologyTabs.cite(documents, r.submissionDocumentId()),
                Formats.date(r.decidedOn()), TechnologyTabs.cite(documents, r.decisionDocumentId()),
                String.valueOf(rounds.initiatives(r.id()).size())))).toList();
        return show(model, new Table("Đợt công nhận sáng kiến cấp tỉnh", null, "/technology/rounds/new", "Thêm đợt",
                List.of("Đợt", "Ngày trình", "Tờ trình", "Ngày quyết định", "Quyết định", "Số sáng kiến"), rows, null, null,
                List.of(Filter.year(query.year())), TechnologyTabs.TABS).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER));
    }

    @GetMapping("/rounds/new")
    String createRoundForm(Model model) {
        return show(model, roundForm(RoundCommand.of(null, null, null, null, null, null), null));
    }

    @GetMapping("/rounds/{id}")
    String round(@PathVariable long id, Model model) {
        InitiativeRound r = rounds.get(id);
        return show(model, roundForm(new RoundCommand(r.roundYear(), r.roundNo(), r.submittedOn(), r.submissionDocumentId(), r.decidedOn(),
                r.decisionDocumentId(), r.version(), null), id));
    }

    @PostMapping("/rounds")
    String createRound(RoundCommand c, Model model, RedirectAttributes ra) {
        return save(() -> rounds.record(c).id(), "/technology/rounds/", roundForm(c, null), model, ra);
    }

    @PostMapping("/rounds/{id}")
    String updateRound(@PathVariable long id, RoundCommand c, Model model, RedirectAttributes ra) {
        return save(() -> rounds.correct(id, c).id(), "/technology/rounds/", roundForm(c, id), model, ra);
    }

    private Form roundForm(RoundCommand c, Long id) {
        List<Link> links = new ArrayList<>();
        if (id != null) {
            for (Initiative i : rounds.initiatives(id)) {
                links.add(new Link("/technology/initiatives/" + i.id(),
                        "Sáng kiến: " + i.title() + " — " + i.authors() + (i.unitName() == null ? "" : " (" + i.unitName() + ")")));
            }
            if (vn.gov.khcn.identity.CurrentUser.signedIn().map(u -> vn.gov.khcn.identity.AccessPolicy.canEdit(u, vn.gov.khcn.technology.Appraisals.OWNER)).orElse(false)) {
                links.add(new Link("/technology/initiatives/new?roundId=" + id, "Thêm sáng kiến được công nhận…"));
            }
        }
        return new Form("Đợt công nhận sáng kiến", id == null ? "/technology/rounds" : "/technology/rounds/" + id, "/technology/rounds", List.of(
                Field.of("number", "year", "Năm", c.year(), true),
                Field.of("number", "roundNo", "Đợt số", c.roundNo(), true),
                Field.of("date", "submittedOn", "Ngày trình", c.submittedOn(), false),
                Field.document("submissionDocumentId", "Mã tờ trình (trong sổ văn bản)", c.submissionDocumentId(), false),
                Field.of("date", "decidedOn", "Ngày quyết định công nhận", c.decidedOn(), false),
                Field.document("decisionDocumentId", "Mã quyết định (trong sổ văn bản)", c.decisionDocumentId(), false),
                Field.reason(id)),
                c.version(), null, null, "initiativeRound", id, links).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER);
    }

    @GetMapping("/initiatives/new")
    String createInitiativeForm(@RequestParam(required = false) Long roundId, Model model) {
        return show(model, initiativeForm(InitiativeCommand.of(roundId, null, null, null), null));
    }

    @GetMapping("/initiatives/{id}")
    String initiative(@PathVariable long id, Model model) {
        Initiative i = rounds.initiative(id);
        return show(model, initiativeForm(new InitiativeCommand(i.roundId(), i.title(), i.authors(), i.unitName(), i.version()), id));
    }

    @PostMapping("/initiatives")
    String createInitiative(InitiativeCommand c, Model model, RedirectAttributes ra) {
        return save(() -> rounds.recordInitiative(c).roundId(), "/technology/rounds/", initiativeForm(c, null), model, ra);
    }

    @PostMapping("/initiatives/{id}")
    String updateInitiative(@PathVariable long id, InitiativeCommand c, Model model, RedirectAttributes ra) {
        return save(() -> rounds.correctInitiative(id, c).roundId(), "/technology/rounds/", initiativeForm(c, id), model, ra);
    }

    private Form initiativeForm(InitiativeCommand c, Long id) {
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
