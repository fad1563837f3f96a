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
import vn.gov.khcn.technology.Appraisal;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.AppraisalQuery;
import vn.gov.khcn.technology.Appraisals;

/** The technology opinions on investment projects; the first tab of Phòng QLCN&SHTT's registers. */
@Controller
@RequestMapping("/technology/appraisals")
class AppraisalPages extends RegisterPages<AppraisalCommand> {
    private final Appraisals appraisals;
    private final Documents documents;

    AppraisalPages(Appraisals appraisals, Documents documents) {
        super("/technology/appraisals", () -> AppraisalCommand.of(null, null, null, null, null), c -> appraisals.record(c).id(), appraisals::correct);
        this.appraisals = appraisals;
        this.documents = documents;
    }

    @GetMapping
    String list(AppraisalQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "tech-appraisals");
        var r = appraisals.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(a -> new Row("/technology/appraisals/" + a.id(), List.of(a.projectName(),
                TechnologyTabs.orEmpty(a.investorName()), Formats.date(a.appraisedOn()), TechnologyTabs.cite(documents, a.documentId())))).toList();
        return show(model, new Table("Ý kiến về công nghệ đối với dự án đầu tư", null, "/technology/appraisals/new", "Thêm",
                List.of("Dự án", "Chủ đầu tư", "Ngày", "Văn bản"), rows, r, SimplePages.base("/technology/appraisals", "q", query.q(), "year", query.year()),
                List.of(new Filter("q", "Tìm", query.q(), List.of()), Filter.year(query.year())), TechnologyTabs.TABS).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER));
    }

    @Override
    protected AppraisalCommand saved(long id) {
        Appraisal a = appraisals.get(id);
        return new AppraisalCommand(a.projectName(), a.investorName(), a.appraisedOn(), a.documentId(), a.note(),
                a.version(), null);
    }

    @Override
    protected Form form(AppraisalCommand c, Long id) {
        return new Form("Ý kiến về công nghệ", id == null ? "/technology/appraisals" : "/technology/appraisals/" + id, "/technology/appraisals",
                List.of(Field.of("textarea", "projectName", "Tên dự án đầu tư", c.projectName(), true),
                        Field.text("investorName", "Chủ đầu tư", c.investorName(), false),
                        Field.of("date", "appraisedOn", "Ngày cho ý kiến", c.appraisedOn(), true),
                        Field.document("documentId", "Mã văn bản cho ý kiến (trong sổ văn bản)", c.documentId(), false),
                        Field.of("textarea", "note", "Ghi chú", c.note(), false),
                        Field.reason(id)),
                c.version(), null, null, "techAppraisal", id, TechnologyTabs.documentLinks(documents, c.documentId())).ownedBy(vn.gov.khcn.technology.Appraisals.OWNER);
    }
}
