package vn.gov.khcn.technology.web;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;
import vn.gov.khcn.technology.Appraisal;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.CollectiveMark;
import vn.gov.khcn.technology.InnovationPlan;
import vn.gov.khcn.technology.InnovationPlanCommand;
import vn.gov.khcn.technology.IpObject;
import vn.gov.khcn.technology.IpProposal;
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.IpSupportCase;
import vn.gov.khcn.technology.IpSupportCommand;
import vn.gov.khcn.technology.MarkCommand;
import vn.gov.khcn.technology.MarkKind;
import vn.gov.khcn.technology.MarkStatus;
import vn.gov.khcn.technology.Technology;

/** Pages of Phòng QLCN&SHTT's registers: a list and a form per kind of record. */
@Controller
@RequestMapping("/technology")
class TechnologyPages {
    static final List<Link> TABS = List.of(new Link("/technology/appraisals", "Ý kiến về công nghệ"),
            new Link("/technology/support-cases", "Hỗ trợ đăng ký SHCN"), new Link("/technology/marks", "Nhãn hiệu, chỉ dẫn địa lý"),
            new Link("/technology/rounds", "Sáng kiến"), new Link("/technology/proposals", "Đề xuất Chương trình SHTT"),
            new Link("/technology/plans", "Kế hoạch ĐMST, khởi nghiệp"));
    private final Technology technology;
    private final Documents documents;

    TechnologyPages(Technology technology, Documents documents) {
        this.technology = technology;
        this.documents = documents;
    }

    @GetMapping
    String home() {
        return "redirect:/technology/appraisals";
    }

    // --- appraisals

    @GetMapping("/appraisals")
    String appraisals(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "tech-appraisals");
        var r = technology.appraisals(q, year, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(a -> new Row("/technology/appraisals/" + a.id(), List.of(a.projectName(),
                nz(a.investorName()), Formats.date(a.appraisedOn()), cite(a.documentId())))).toList();
        return table(model, new Table("Ý kiến về công nghệ đối với dự án đầu tư", null, "/technology/appraisals/new", "Thêm",
                List.of("Dự án", "Chủ đầu tư", "Ngày", "Văn bản"), rows, r, base("/technology/appraisals", q, year), qy(q, year), TABS));
    }

    @GetMapping("/appraisals/new")
    String newAppraisal(Model model) {
        return form(model, appraisalForm(new AppraisalCommand(null, null, null, null, null, null), null));
    }

    @GetMapping("/appraisals/{id}")
    String appraisal(@PathVariable long id, Model model) {
        Appraisal a = technology.appraisal(id);
        return form(model, appraisalForm(new AppraisalCommand(a.projectName(), a.investorName(), a.appraisedOn(), a.documentId(), a.note(), a.version()), id));
    }

    @PostMapping("/appraisals")
    String createAppraisal(AppraisalCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.createAppraisal(c).id(), "/technology/appraisals/", appraisalForm(c, null), model, ra);
    }

    @PostMapping("/appraisals/{id}")
    String updateAppraisal(@PathVariable long id, AppraisalCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.updateAppraisal(id, c).id(), "/technology/appraisals/", appraisalForm(c, id), model, ra);
    }

    private Form appraisalForm(AppraisalCommand c, Long id) {
        return new Form("Ý kiến về công nghệ", id == null ? "/technology/appraisals" : "/technology/appraisals/" + id, "/technology/appraisals",
                List.of(Field.of("textarea", "projectName", "Tên dự án đầu tư", c.projectName(), true),
                        Field.text("investorName", "Chủ đầu tư", c.investorName(), false),
                        Field.of("date", "appraisedOn", "Ngày cho ý kiến", c.appraisedOn(), true),
                        Field.of("number", "documentId", "Mã văn bản cho ý kiến (trong sổ văn bản)", c.documentId(), false),
                        Field.of("textarea", "note", "Ghi chú", c.note(), false)),
                c.version(), null, null, "techAppraisal", id, docLinks(c.documentId()));
    }

    // --- IP support cases

    @GetMapping("/support-cases")
    String supportCases(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "ip-support-cases");
        var r = technology.supportCases(q, year, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(s -> new Row("/technology/support-cases/" + s.id(), List.of(s.advisedName(),
                s.ipObject().label(), Formats.date(s.advisedOn()), nz(s.outcome())))).toList();
        return table(model, new Table("Hướng dẫn, hỗ trợ đăng ký quyền sở hữu công nghiệp", null, "/technology/support-cases/new", "Thêm",
                List.of("Tổ chức, cá nhân", "Đối tượng", "Ngày", "Kết quả"), rows, r, base("/technology/support-cases", q, year), qy(q, year), TABS));
    }

    @GetMapping("/support-cases/new")
    String newSupportCase(Model model) {
        return form(model, supportForm(new IpSupportCommand(null, IpObject.NHAN_HIEU, null, null, null), null));
    }

    @GetMapping("/support-cases/{id}")
    String supportCase(@PathVariable long id, Model model) {
        IpSupportCase s = technology.supportCase(id);
        return form(model, supportForm(new IpSupportCommand(s.advisedName(), s.ipObject(), s.advisedOn(), s.outcome(), s.version()), id));
    }

    @PostMapping("/support-cases")
    String createSupportCase(IpSupportCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.createSupportCase(c).id(), "/technology/support-cases/", supportForm(c, null), model, ra);
    }

    @PostMapping("/support-cases/{id}")
    String updateSupportCase(@PathVariable long id, IpSupportCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.updateSupportCase(id, c).id(), "/technology/support-cases/", supportForm(c, id), model, ra);
    }

    private Form supportForm(IpSupportCommand c, Long id) {
        return new Form("Hướng dẫn hỗ trợ đăng ký SHCN", id == null ? "/technology/support-cases" : "/technology/support-cases/" + id,
                "/technology/support-cases", List.of(
                Field.text("advisedName", "Tổ chức, cá nhân được hướng dẫn", c.advisedName(), true),
                Field.select("ipObject", "Đối tượng", c.ipObject(), SimplePages.options(IpObject.values(), IpObject::label), true),
                Field.of("date", "advisedOn", "Ngày hướng dẫn", c.advisedOn(), true),
                Field.of("textarea", "outcome", "Kết quả", c.outcome(), false)), c.version(), null, null, "ipSupportCase", id, List.of());
    }

    // --- collective marks

    @GetMapping("/marks")
    String marks(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "collective-marks");
        var r = technology.marks(q, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(m -> new Row("/technology/marks/" + m.id(), List.of(m.name(), m.kind().label(),
                m.product(), nz(m.holder()), m.status().label()))).toList();
        return table(model, new Table("Nhãn hiệu tập thể, chỉ dẫn địa lý của đặc sản địa phương", null, "/technology/marks/new", "Thêm",
                List.of("Tên", "Loại", "Sản phẩm", "Chủ sở hữu", "Tình trạng"), rows, r, base("/technology/marks", q, null),
                List.of(new Filter("q", "Tìm theo tên", q, List.of())), TABS));
    }

    @GetMapping("/marks/new")
    String newMark(Model model) {
        return form(model, markForm(new MarkCommand(null, MarkKind.COLLECTIVE_MARK, null, null, MarkStatus.PREPARING, null), null));
    }

    @GetMapping("/marks/{id}")
    String mark(@PathVariable long id, Model model) {
        CollectiveMark m = technology.mark(id);
        return form(model, markForm(new MarkCommand(m.name(), m.kind(), m.product(), m.holder(), m.status(), m.version()), id));
    }

    @PostMapping("/marks")
    String createMark(MarkCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.createMark(c).id(), "/technology/marks/", markForm(c, null), model, ra);
    }

    @PostMapping("/marks/{id}")
    String updateMark(@PathVariable long id, MarkCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.updateMark(id, c).id(), "/technology/marks/", markForm(c, id), model, ra);
    }

    private Form markForm(MarkCommand c, Long id) {
        return new Form("Nhãn hiệu, chỉ dẫn địa lý", id == null ? "/technology/marks" : "/technology/marks/" + id, "/technology/marks", List.of(
                Field.text("name", "Tên", c.name(), true),
                Field.select("kind", "Loại", c.kind(), SimplePages.options(MarkKind.values(), MarkKind::label), true),
                Field.text("product", "Sản phẩm", c.product(), true),
                Field.text("holder", "Chủ sở hữu, tổ chức quản lý", c.holder(), false),
                Field.select("status", "Tình trạng", c.status(), SimplePages.options(MarkStatus.values(), MarkStatus::label), true)),
                c.version(), null, null, "collectiveMark", id, List.of());
    }

    // --- IP programme proposals

    @GetMapping("/proposals")
    String proposals(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "ip-proposals");
        var r = technology.proposals(year, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(p -> new Row("/technology/proposals/" + p.id(), List.of(p.title(), p.proposer(),
                Formats.date(p.proposedOn()), cite(p.documentId())))).toList();
        return table(model, new Table("Đề xuất nhiệm vụ thuộc Chương trình phát triển tài sản trí tuệ", null, "/technology/proposals/new", "Thêm",
                List.of("Nhiệm vụ", "Đề xuất", "Ngày", "Văn bản"), rows, r, base("/technology/proposals", null, year),
                List.of(new Filter("year", "Năm", year == null ? null : year.toString(), List.of())), TABS));
    }

    @GetMapping("/proposals/new")
    String newProposal(Model model) {
        return form(model, proposalForm(new IpProposalCommand(null, null, null, null, null), null));
    }

    @GetMapping("/proposals/{id}")
    String proposal(@PathVariable long id, Model model) {
        IpProposal p = technology.proposal(id);
        return form(model, proposalForm(new IpProposalCommand(p.title(), p.proposer(), p.proposedOn(), p.documentId(), p.version()), id));
    }

    @PostMapping("/proposals")
    String createProposal(IpProposalCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.createProposal(c).id(), "/technology/proposals/", proposalForm(c, null), model, ra);
    }

    @PostMapping("/proposals/{id}")
    String updateProposal(@PathVariable long id, IpProposalCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.updateProposal(id, c).id(), "/technology/proposals/", proposalForm(c, id), model, ra);
    }

    private Form proposalForm(IpProposalCommand c, Long id) {
        return new Form("Đề xuất nhiệm vụ Chương trình SHTT", id == null ? "/technology/proposals" : "/technology/proposals/" + id,
                "/technology/proposals", List.of(
                Field.of("textarea", "title", "Nhiệm vụ đề xuất", c.title(), true),
                Field.text("proposer", "Tổ chức, cá nhân đề xuất", c.proposer(), true),
                Field.of("date", "proposedOn", "Ngày đề xuất", c.proposedOn(), true),
                Field.of("number", "documentId", "Mã văn bản đề xuất (trong sổ văn bản)", c.documentId(), false)),
                c.version(), null, null, "ipProposal", id, docLinks(c.documentId()));
    }

    // --- innovation and start-up plans

    @GetMapping("/plans")
    String plans(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "innovation-plans");
        var r = technology.plans(year, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map(p -> new Row("/technology/plans/" + p.id(), List.of(p.title(),
                Formats.date(p.datedOn()), cite(p.documentId())))).toList();
        return table(model, new Table("Kế hoạch đổi mới sáng tạo, khởi nghiệp", null, "/technology/plans/new", "Thêm",
                List.of("Kế hoạch", "Ngày", "Văn bản"), rows, r, base("/technology/plans", null, year),
                List.of(new Filter("year", "Năm", year == null ? null : year.toString(), List.of())), TABS));
    }

    @GetMapping("/plans/new")
    String newPlan(Model model) {
        return form(model, planForm(new InnovationPlanCommand(null, null, null, null), null));
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        InnovationPlan p = technology.plan(id);
        return form(model, planForm(new InnovationPlanCommand(p.title(), p.datedOn(), p.documentId(), p.version()), id));
    }

    @PostMapping("/plans")
    String createPlan(InnovationPlanCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.createPlan(c).id(), "/technology/plans/", planForm(c, null), model, ra);
    }

    @PostMapping("/plans/{id}")
    String updatePlan(@PathVariable long id, InnovationPlanCommand c, Model model, RedirectAttributes ra) {
        return save(() -> technology.updatePlan(id, c).id(), "/technology/plans/", planForm(c, id), model, ra);
    }

    private Form planForm(InnovationPlanCommand c, Long id) {
        return new Form("Kế hoạch đổi mới sáng tạo, khởi nghiệp", id == null ? "/technology/plans" : "/technology/plans/" + id, "/technology/plans", List.of(
                Field.of("textarea", "title", "Tên kế hoạch", c.title(), true),
                Field.of("date", "datedOn", "Ngày", c.datedOn(), true),
                Field.of("number", "documentId", "Mã văn bản (trong sổ văn bản)", c.documentId(), true)),
                c.version(), null, null, "innovationPlan", id, docLinks(c.documentId()));
    }

    // --- helpers

    private String cite(Long documentId) {
        return documentId == null ? "" : documents.find(documentId).map(d -> d.citation()).orElse("");
    }

    private List<Link> docLinks(Long documentId) {
        return documentId == null ? List.of() : documents.find(documentId).map(d -> List.of(new Link("/documents/" + d.id(), d.citation()))).orElse(List.of());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String base(String path, String q, Integer year) {
        return UriComponentsBuilder.fromPath(path).queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("year", Optional.ofNullable(year)).encode().toUriString();
    }

    private static List<Filter> qy(String q, Integer year) {
        return List.of(new Filter("q", "Tìm", q, List.of()), new Filter("year", "Năm", year == null ? null : year.toString(), List.of()));
    }

    private static String table(Model model, Table t) {
        return SimplePages.show(model, t);
    }

    private static String form(Model model, Form f) {
        return SimplePages.show(model, f);
    }

    private static String save(LongSupplier action, String redirect, Form form, Model model, RedirectAttributes ra) {
        return SimplePages.save(action, redirect, form, model, ra);
    }
}
