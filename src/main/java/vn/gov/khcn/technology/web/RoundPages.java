package vn.gov.khcn.technology.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;
import vn.gov.khcn.technology.Initiative;
import vn.gov.khcn.technology.InitiativeRound;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.RoundCommand;
import vn.gov.khcn.technology.RoundQuery;

/** Pages of the initiative-recognition rounds; a round's page lists the initiatives it recognises. */
@Controller
@RequestMapping("/technology/rounds")
class RoundPages extends RegisterPages<RoundCommand> {
    private final InitiativeRounds rounds;
    private final Documents documents;

    RoundPages(InitiativeRounds rounds, Documents documents) {
        super("/technology/rounds", () -> RoundCommand.of(null, null, null, null, null, null), c -> rounds.record(c).id(), rounds::correct);
        this.rounds = rounds;
        this.documents = documents;
    }

    @GetMapping
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

    @Override
    protected RoundCommand saved(long id) {
        InitiativeRound r = rounds.get(id);
        return new RoundCommand(r.roundYear(), r.roundNo(), r.submittedOn(), r.submissionDocumentId(), r.decidedOn(),
                r.decisionDocumentId(), r.version(), null);
    }

    @Override
    protected Form form(RoundCommand c, Long id) {
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
}
