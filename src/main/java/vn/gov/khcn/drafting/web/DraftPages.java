package vn.gov.khcn.drafting.web;

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
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftBody;
import vn.gov.khcn.drafting.DraftCommand;
import vn.gov.khcn.drafting.DraftQuery;
import vn.gov.khcn.drafting.DraftStage;
import vn.gov.khcn.drafting.DraftStageEntry;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.drafting.StageCommand;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/drafts")
class DraftPages extends RegisterPages<DraftCommand> {
    private final Drafts drafts;
    private final Documents documents;

    DraftPages(Drafts drafts, Documents documents) {
        super("/drafts", () -> DraftCommand.of(null, DraftBody.PEOPLE_COMMITTEE, true, Unit.SCIENCE, null), c -> drafts.record(c).id(), drafts::correct);
        this.drafts = drafts;
        this.documents = documents;
    }

    @GetMapping
    String list(DraftQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        var result = drafts.search(query, Math.max(page, 0), 25);
        SimplePages.exportAs(model, "drafts");
        List<Row> rows = result.items().stream().map(d -> new Row("/drafts/" + d.id(), List.of(d.title(), d.body().label(),
                d.normative() ? "VBQPPL" : "Không", d.stage().label(), Formats.date(d.begunOn()), d.unit().label()))).toList();
        return show(model, new Table("Dự thảo văn bản", null, "/drafts/new", "Thêm dự thảo",
                List.of("Tên dự thảo", "Cơ quan ban hành", "VBQPPL", "Giai đoạn", "Bắt đầu", "Đơn vị chủ trì"), rows, result,
                SimplePages.base("/drafts", "q", query.q(), "body", query.body(), "stage", query.stage()), List.of(new Filter("q", "Tìm theo tên", query.q(), List.of()),
                        new Filter("body", "Cơ quan ban hành", query.body() == null ? null : query.body().name(),
                                SimplePages.options(DraftBody.values(), DraftBody::label)),
                        new Filter("stage", "Giai đoạn", query.stage() == null ? null : query.stage().name(),
                                SimplePages.options(DraftStage.values(), DraftStage::label))),
                List.of()));
    }

    @Override
    protected DraftCommand saved(long id) {
        Draft d = drafts.get(id);
        return new DraftCommand(d.title(), d.body(), d.normative(), d.unit(), d.begunOn(), d.version(), null);
    }

    @GetMapping("/{id}/stage")
    String stageForm(@PathVariable long id, Model model) {
        return show(model, stageForm(id, new StageCommand(null, null, null, null, drafts.get(id).version(), null)));
    }

    @PostMapping("/{id}/stage")
    String advance(@PathVariable long id, StageCommand c, Model model, RedirectAttributes ra) {
        return save(() -> drafts.advance(id, c).id(), "/drafts/", stageForm(id, c), model, ra);
    }

    private Form stageForm(long id, StageCommand c) {
        Draft d = drafts.get(id);
        return new Form("Chuyển giai đoạn: " + d.title(), "/drafts/" + id + "/stage", "/drafts/" + id, List.of(
                Field.select("stage", "Giai đoạn mới", c.stage(), SimplePages.options(DraftStage.values(), DraftStage::label), true),
                Field.of("date", "reachedOn", "Ngày", c.reachedOn(), true),
                Field.document("documentId", "Mã văn bản trong sổ (nếu có)", c.documentId(), false),
                Field.of("textarea", "note", "Ghi chú", c.note(), false), Field.reason(id)), c.version(), null, null, "draft", null, List.of());
    }

    @Override
    protected Form form(DraftCommand c, Long id) {
        List<Link> links = new ArrayList<>();
        if (id != null) {
            List<DraftStageEntry> stages = drafts.stages(id);
            var docs = documents.byIds(stages.stream().map(DraftStageEntry::documentId).filter(x -> x != null).toList());
            for (DraftStageEntry s : stages) {
                Document doc = s.documentId() == null ? null : docs.get(s.documentId());
                links.add(new Link(doc == null ? "/drafts/" + id : "/documents/" + doc.id(), s.stage().label() + " ngày " + Formats.date(s.reachedOn())
                        + (doc == null ? "" : " — " + doc.citation()) + (s.note() == null ? "" : " — " + s.note())));
            }
            links.add(new Link("/drafts/" + id + "/stage", "Chuyển giai đoạn…"));
        }
        return new Form(id == null ? "Thêm dự thảo văn bản" : "Dự thảo văn bản", id == null ? "/drafts" : "/drafts/" + id, "/drafts", List.of(
                Field.of("textarea", "title", "Tên dự thảo", c.title(), true),
                Field.select("body", "Cơ quan ban hành", c.body(), SimplePages.options(DraftBody.values(), DraftBody::label), true),
                Field.of("checkbox", "normative", "Là văn bản quy phạm pháp luật (VBQPPL)", c.normative(), false),
                Field.select("unit", "Đơn vị chủ trì", c.unit(), SimplePages.options(new Unit[]{Unit.SCIENCE, Unit.TECHNOLOGY, Unit.TDC, Unit.INSPECTORATE, Unit.OFFICE, Unit.CENTRE}, Unit::label), true),
                Field.of("date", "begunOn", "Ngày bắt đầu soạn thảo", c.begunOn(), true), Field.reason(id)),
                c.version(), null, null, "draft", id, links);
    }
}
