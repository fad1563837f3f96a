package vn.gov.khcn.reporting.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportStep;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.reporting.TextFinding;
import vn.gov.khcn.shared.VersionRequiredException;

/** The report workflow over the API: the report, what its text still lacks, its history, and each step (a return with its reason). */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo", description = "Quy trình báo cáo: trình, trả lại (có lý do), duyệt, ban hành; quá trình xử lý")
class ReportApi {
    private final Reports reports;
    private final ReportEngine engine;
    private final vn.gov.khcn.reporting.ReportSections sections;

    ReportApi(Reports reports, ReportEngine engine, vn.gov.khcn.reporting.ReportSections sections) {
        this.reports = reports;
        this.engine = engine;
        this.sections = sections;
    }

    /** A section's mark: its slot, and whether it is done (false reopens it). */
    record SectionMark(String slot, Boolean done) {
    }

    /**
     * The unit marks its section done ({"slot": "month-tdc", "done": true}) or reopens it ("done": false); only the staff
     * of the section's unit may (403 otherwise). Answers with the sections still open, in template order.
     */
    @PostMapping("/{id}/sections")
    List<vn.gov.khcn.reporting.OpenSection> section(@PathVariable long id, @RequestBody SectionMark mark) {
        if (mark == null || mark.slot() == null || mark.slot().isBlank()) {
            throw new vn.gov.khcn.shared.DomainException("slot", "Cần nêu mục (slot) cần đánh dấu.");
        }
        sections.mark(id, mark.slot(), mark.done() == null || mark.done());
        return reports.openSections(reports.get(id));
    }

    /** A step's body: the version the step is taken from, and for a return its reason. */
    record Step(Integer version, String reason) {
    }

    @GetMapping("/{id}")
    Report get(@PathVariable long id) {
        return reports.get(id);
    }

    @GetMapping("/{id}/findings")
    List<TextFinding> findings(@PathVariable long id) {
        return engine.view(reports.get(id)).findings();
    }

    @GetMapping("/{id}/history")
    List<ReportStep> history(@PathVariable long id) {
        return reports.history(id);
    }

    @PostMapping("/{id}/submit")
    Report submit(@PathVariable long id, @RequestBody(required = false) Step step) {
        return reports.submit(id, version(step));
    }

    @PostMapping("/{id}/approve")
    Report approve(@PathVariable long id, @RequestBody(required = false) Step step) {
        return reports.approve(id, version(step));
    }

    /** The reason comes in the body ({"version": 3, "reason": "…"}) or as the parameter {@code reason}; without it, 400. */
    @PostMapping("/{id}/return")
    Report returnToDraft(@PathVariable long id, @RequestBody(required = false) Step step, @RequestParam(required = false) String reason) {
        return reports.returnToDraft(id, version(step), step != null && step.reason() != null ? step.reason() : reason);
    }

    @PostMapping("/{id}/issue")
    Report issue(@PathVariable long id, @RequestBody(required = false) Step step) {
        return reports.issue(id, version(step));
    }

    private static int version(Step step) {
        if (step == null || step.version() == null) {
            throw new VersionRequiredException("báo cáo");
        }
        return step.version();
    }
}
