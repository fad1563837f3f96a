package vn.gov.khcn.drafting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftBody;
import vn.gov.khcn.drafting.DraftCommand;
import vn.gov.khcn.drafting.DraftStage;
import vn.gov.khcn.drafting.DraftStageEntry;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.drafting.StageCommand;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/drafts")
class DraftPages {
    private final Drafts drafts;
    private final Documents documents;

    DraftPages(Drafts drafts, Documents documents) {
        this.drafts = drafts;
        this.documents = documents;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) DraftBody body,
                @RequestParam(required = false) DraftStage stage, @RequestParam(defaultValue = "0") int page, Model model) {
        var result = drafts.search(q, body, stage, Math.max(page, 0), 25);
        SimplePages.exportAs(model, "drafts");
        List<Row> rows = result.items().stream().map(d -> new Row("/drafts/" + d.id(), List.of(d.title(), d.body().label(),
                d.normative() ? "VBQPPL" : "Không", d.stage().label(), Formats.date(d.begunOn()), d.unit().label()))).toList();
        String base = UriComponentsBuilder.fromPath("/drafts").queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("body", Optional.ofNullable(body)).queryParamIfPresent("stage", Optional.ofNullable(stage))
                .encode().toUriString();
        return SimplePages.show(model, new Table("Dự thảo văn bản", null, "/drafts/new", "Thêm dự thảo",
                List.of("Tên dự thảo", "Cơ quan ban hành", "VBQPPL", "Giai đoạn", "Bắt đầu", "Đơn vị chủ trì"), rows, result, base,
                List.of(new Filter("q", "Tìm theo tên", q, List.of()),
                        new Filter("body", "Cơ quan ban hành", body == null ? null : body.name(), SimplePages.options(DraftBody.values(), DraftBody::label)),
                        new Filter("stage", "Giai đoạn", stage == null ? null : stage.name(), SimplePages.options(DraftStage.values(), DraftStage::label))),
                List.of()));
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return SimplePages.show(model, form(new DraftCommand(null, DraftBody.PEOPLE_COMMITTEE, true, Unit.SCIENCE, null, null), null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Draft d = drafts.get(id);
        return SimplePages.show(model, form(new DraftCommand(d.title(), d.body(), d.normative(), d.unit(), d.begunOn(), d.version()), id));
    }

    @PostMapping
    String create(DraftCommand cmd, Model model, RedirectAttributes ra) {
        try {
            Draft d = drafts.create(cmd);
            ra.addFlashAttribute("notice", "Đã thêm dự thảo.");
            return "redirect:/drafts/" + d.id();
        } catch (DomainException e) {
            return SimplePages.show(model, form(cmd, null).withError(e));
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DraftCommand cmd, Model model, RedirectAttributes ra) {
        try {
            drafts.update(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/drafts/" + id;
        } catch (DomainException e) {
            return SimplePages.show(model, form(cmd, id).withError(e));
        }
    }

    @GetMapping("/{id}/stage")
    String stageForm(@PathVariable long id, Model model) {
        return SimplePages.show(model, stageForm(id, new StageCommand(null, null, null, null)));
    }

    @PostMapping("/{id}/stage")
    String advance(@PathVariable long id, StageCommand cmd, Model model, RedirectAttributes ra) {
        try {
            drafts.advance(id, cmd);
            ra.addFlashAttribute("notice", "Đã ghi nhận giai đoạn mới.");
            return "redirect:/drafts/" + id;
        } catch (DomainException e) {
            return SimplePages.show(model, stageForm(id, cmd).withError(e));
        }
    }

    private Form stageForm(long id, StageCommand c) {
        Draft d = drafts.get(id);
        return new Form("Chuyển giai đoạn: " + d.title(), "/drafts/" + id + "/stage", "/drafts/" + id, List.of(
                Field.select("stage", "Giai đoạn mới", c.stage(), SimplePages.options(DraftStage.values(), DraftStage::label), true),
                Field.of("date", "reachedOn", "Ngày", c.reachedOn(), true),
                Field.of("number", "documentId", "Mã văn bản trong sổ (nếu có)", c.documentId(), false),
                Field.of("textarea", "note", "Ghi chú", c.note(), false)), null, null, null, "draft", null, List.of());
    }

    private Form form(DraftCommand c, Long id) {
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
                Field.of("date", "begunOn", "Ngày bắt đầu soạn thảo", c.begunOn(), true)),
                c.version(), null, null, "draft", id, links);
    }
}
