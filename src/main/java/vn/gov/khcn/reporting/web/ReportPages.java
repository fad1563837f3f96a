package vn.gov.khcn.reporting.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.IssuedPdfSigning;
import vn.gov.khcn.reporting.OpenSection;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportPeriod;
import vn.gov.khcn.reporting.ReportSections;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.reporting.ReportTexts;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/** The report pages: list, create, the report page with its workflow and narratives, preview, downloads, records behind a figure. */
@Controller
@RequestMapping("/reports")
record ReportPages(Reports reports, ReportTexts texts, ReportEngine engine, ObjectProvider<IssuedPdfSigning> signing, vn.gov.khcn.reporting.MonthlyFigures monthlyFigures, ReportSections sections) {

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
                @RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String export, Model model,
                jakarta.servlet.http.HttpServletResponse res) {
        ReportKind k = kind == null || kind.isBlank() ? null : ReportKind.ofCode(kind).orElse(null);
        if (vn.gov.khcn.shared.web.Downloads.requested(export)) {
            vn.gov.khcn.shared.web.Downloads.table(res, export, "bao-cao", "Bao cao", java.util.List.of("Kỳ", "Loại báo cáo", "Số, ký hiệu",
                    "Ngày báo cáo", "Trạng thái"), sink -> reports.search(year, k, status).forEach(r -> sink.accept(new Object[] {
                    r.period().toString(), r.kind().label(), r.number() == null ? null : r.numberText(), r.reportDate(), r.status().label()})));
            return null;
        }
        model.addAttribute("reports", reports.search(year, k, status));
        model.addAttribute("year", year);
        model.addAttribute("kind", k);
        model.addAttribute("status", status);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("canCreate", ReportSettings.canEdit(CurrentUser.get()));
        return "reports/list";
    }

    @PostMapping
    String create(@RequestParam String kind, @RequestParam String period, @RequestParam(required = false) String date, RedirectAttributes ra) {
        try {
            ReportKind k = ReportKind.ofCode(kind).orElseThrow(() -> new DomainException("kind", "Cần chọn loại báo cáo."));
            Report r = reports.create(k, ReportPeriod.parseMonth(period), Formats.parseDate("date", date));
            return "redirect:/reports/" + r.id();
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
            return "redirect:/reports";
        }
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Report r = reports.get(id);
        ReportEngine.View v = engine.view(r);
        CurrentUser me = CurrentUser.get();
        var narratives = texts.narratives(id);
        var done = sections.done(id);
        record Slot(String name, String heading, Unit unit, String body, boolean editable, vn.gov.khcn.reporting.internal.ReportStore.SectionDone done,
                    boolean markable) {
            public String doneText() {
                return done == null ? "Chưa xong" : "Đã xong – " + done.markerName() + ", " + Formats.dateTime(done.markedAt());
            }
        }
        Map<String, String> headings = reports.slotHeadings(r);
        boolean draft = r.status() == ReportStatus.DRAFT;
        List<Slot> slots = v.slots().entrySet().stream().map(e -> new Slot(e.getKey(), headings.getOrDefault(e.getKey(), "Phần thuyết minh"), e.getValue(),
                narratives.containsKey(e.getKey()) ? narratives.get(e.getKey()).body() : "",
                draft && ReportTexts.canWrite(me, e.getValue()), done.get(e.getKey()), draft && ReportSections.canMark(me, e.getValue()))).toList();
        // what is still open, by unit: the office (and administrators) see every unit's, a unit's staff their own
        Map<Unit, List<OpenSection>> open = new LinkedHashMap<>();
        if (draft) {
            boolean all = ReportSettings.canEdit(me);
            reports.openSections(r).stream().filter(o -> all || o.unit() == me.unit())
                    .forEach(o -> open.computeIfAbsent(o.unit(), k -> new java.util.ArrayList<>()).add(o));
        }
        model.addAttribute("open", open);
        Map<Unit, Long> unwritten = new LinkedHashMap<>();
        slots.stream().filter(s -> s.body() == null || s.body().isBlank()).forEach(s -> unwritten.merge(s.unit(), 1L, Long::sum));
        model.addAttribute("r", r);
        model.addAttribute("view", v);
        model.addAttribute("slots", slots);
        model.addAttribute("unwritten", unwritten);
        model.addAttribute("planned", String.join("\n", texts.planned(id)));
        model.addAttribute("restatements", reports.restatements(id));
        model.addAttribute("charts", monthlyFigures.charts(r.period().getYear(), r.period().getMonthValue()));
        model.addAttribute("canEditPlanned", r.status() == ReportStatus.DRAFT && ReportSettings.canEdit(me));
        model.addAttribute("canEditHeader", r.status() == ReportStatus.DRAFT && ReportSettings.canEdit(me));
        model.addAttribute("next", Arrays.stream(ReportStatus.values())
                .filter(s -> r.status().canTransitionTo(s) && r.status().mayMove(s, me.role())).toList());
        model.addAttribute("history", reports.history(id));
        model.addAttribute("filedAs", reports.document(id).orElse(null));
        // what is missing or contradicts the figures, by section and then by the unit that owes it
        Map<String, Map<Unit, List<vn.gov.khcn.reporting.TextFinding>>> findings = new LinkedHashMap<>();
        v.findings().forEach(f -> findings.computeIfAbsent(f.section(), k -> new LinkedHashMap<>())
                .computeIfAbsent(f.unit(), k -> new java.util.ArrayList<>()).add(f));
        model.addAttribute("findings", findings);
        model.addAttribute("returnReason", reports.returnReason(r));
        var signer = signing.getIfAvailable();
        model.addAttribute("signingMissing", me.role() == vn.gov.khcn.identity.Role.ADMIN && (signer == null || !signer.configured()));
        return "reports/show";
    }

    @PostMapping("/{id:\\d+}/narratives")
    String narrative(@PathVariable long id, @RequestParam String slot, @RequestParam(defaultValue = "") String body, RedirectAttributes ra) {
        String heading = reports.slotHeadings(reports.get(id)).getOrDefault(slot, "thuyết minh");
        try {
            boolean reopened = texts.saveNarrative(id, slot, body);
            ra.addFlashAttribute("notice", "Đã lưu mục \"" + heading + "\"." + (reopened
                    ? " Mục đã được đánh dấu xong nay mở lại vì nội dung thay đổi: đánh dấu \"Đã xong\" lại khi hoàn thành." : ""));
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/" + id + "#slot-" + slot;
    }

    /** The unit marks its section done ("Đã xong"), or reopens it ({@code done=false}). */
    @PostMapping("/{id:\\d+}/sections")
    String section(@PathVariable long id, @RequestParam String slot, @RequestParam(defaultValue = "true") boolean done, RedirectAttributes ra) {
        String heading = reports.slotHeadings(reports.get(id)).getOrDefault(slot, "thuyết minh");
        try {
            sections.mark(id, slot, done);
            ra.addFlashAttribute("notice", done ? "Đã đánh dấu xong mục \"" + heading + "\"." : "Đã mở lại mục \"" + heading + "\" (chưa xong).");
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/" + id + "#slot-" + slot;
    }

    @PostMapping("/{id:\\d+}/header")
    String header(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reportDate,
                  @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String signerName,
                  @RequestParam(defaultValue = "") String signerTitle, @RequestParam(defaultValue = "") String recipients, RedirectAttributes ra) {
        return act(id, ra, "Đã lưu ngày, nơi ban hành, người ký và nơi nhận.", () -> texts.updateHeader(id, version,
                Formats.parseDate("reportDate", reportDate), place, signerName, signerTitle, recipients));
    }

    @PostMapping("/{id:\\d+}/planned")
    String planned(@PathVariable long id, @RequestParam(defaultValue = "") String items, RedirectAttributes ra) {
        return act(id, ra, "Đã lưu các nhiệm vụ trọng tâm.", () -> texts.savePlanned(id, items.lines().toList()));
    }

    @PostMapping("/{id:\\d+}/status")
    String status(@PathVariable long id, @RequestParam ReportStatus to, @RequestParam int version,
                  @RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes ra) {
        return act(id, ra, "Báo cáo đã chuyển sang \"" + to.label() + "\".", () -> {
            switch (to) {
                case SUBMITTED -> reports.submit(id, version);
                case APPROVED -> reports.approve(id, version);
                case ISSUED -> {
                    // issuing numbers the report and freezes its figures and text for good: asked for in so many words
                    if (!confirm) {
                        throw new DomainException("confirm", "Chưa ban hành: cần đánh dấu \"Tôi xác nhận ban hành báo cáo này\" "
                                + "(báo cáo sẽ được cấp số, chốt số liệu và giữ nguyên văn bản, không sửa được nữa).");
                    }
                    reports.issue(id, version);
                }
                case DRAFT -> reports.returnToDraft(id, version, reason);
            }
        });
    }

    private String act(long id, RedirectAttributes ra, String notice, Runnable action) {
        return vn.gov.khcn.shared.web.SimplePages.act(() -> {
            try {
                action.run();
            } catch (Reports.NotReadyException e) {
                // the refusal names the open sections; the page links each to its form
                ra.addFlashAttribute("refusedOpen", e.open());
                throw e;
            }
        }, "/reports/" + id, notice, ra);
    }

    @GetMapping("/{id:\\d+}/preview")
    String preview(@PathVariable long id, Model model) {
        Report r = reports.get(id);
        model.addAttribute("r", r);
        model.addAttribute("html", engine.html(engine.view(r)));
        return "reports/preview";
    }

    @GetMapping("/{id:\\d+}/download.{format}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
        return ReportFiles.file(engine, signing.getIfAvailable(), reports.get(id), format);
    }

    @GetMapping("/records")
    String records(@RequestParam String code, @RequestParam(defaultValue = "month") String period, @RequestParam LocalDate start,
                   @RequestParam LocalDate end, @RequestParam(required = false) Long report, @RequestParam(required = false) String export,
                   Model model, jakarta.servlet.http.HttpServletResponse res) {
        Report r = report == null ? null : reports.get(report);
        if (vn.gov.khcn.shared.web.Downloads.requested(export)) {
            var records = engine.records(code, period, new DateRange(start, end), r);
            vn.gov.khcn.shared.web.Downloads.table(res, export, "ho-so-" + code, "Ho so", java.util.List.of("Hồ sơ", "Chi tiết", "Văn bản", "Đường dẫn"),
                    sink -> records.forEach(x -> sink.accept(new Object[] {x.label(), x.detail(),
                            String.join("; ", x.citations().stream().map(d -> d.citation()).toList()), x.href()})));
            return null;
        }
        model.addAttribute("code", code);
        model.addAttribute("label", engine.catalogue().label(code));
        model.addAttribute("start", start);
        model.addAttribute("end", end);
        model.addAttribute("frozen", r != null && r.issued());
        model.addAttribute("records", engine.records(code, period, new DateRange(start, end), r));
        return "reports/records";
    }
}
