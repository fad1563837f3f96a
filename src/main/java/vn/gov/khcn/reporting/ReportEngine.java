package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.reporting.internal.DocxWriter;
import vn.gov.khcn.reporting.internal.FigureCache;
import vn.gov.khcn.reporting.internal.HtmlWriter;
import vn.gov.khcn.reporting.internal.IssuedTextStore;
import vn.gov.khcn.reporting.internal.JsonWriter;
import vn.gov.khcn.reporting.internal.ReportChecks;
import vn.gov.khcn.reporting.internal.ReportStore;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.reporting.internal.SnapshotStore;
import vn.gov.khcn.reporting.internal.TemplateRenderer;
import vn.gov.khcn.reporting.internal.TextChecks;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/**
 * Builds a report's view: its figures (computed once per period, or read from the frozen snapshot of
 * an issued report), the rendering of its template, and its checks; and writes it as JSON, HTML, DOCX or PDF.
 * An issued report is never rendered again: its text was kept at issue ({@link IssuedTextStore}) and every
 * output is written from that.
 */
@Service
public class ReportEngine {
    private final IndicatorCatalogue catalogue;
    private final ReportTemplates templates;
    private final ReportSettings settings;
    private final ReportStore store;
    private final SnapshotStore snapshots;
    private final IssuedTextStore issuedTexts;
    private final Documents documents;
    private final TransactionTemplate ownTransaction;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<PlanSource> planSources;
    private final vn.gov.khcn.reporting.internal.OfficePool office;
    private final FigureCache cache;

    ReportEngine(IndicatorCatalogue catalogue, ReportTemplates templates, ReportSettings settings, ReportStore store,
                 SnapshotStore snapshots, IssuedTextStore issuedTexts, Documents documents, PlatformTransactionManager tx,
                 org.springframework.context.ApplicationEventPublisher events,
                 org.springframework.beans.factory.ObjectProvider<PlanSource> planSources, vn.gov.khcn.reporting.internal.OfficePool office,
                 FigureCache cache) {
        this.cache = cache;
        this.events = events;
        this.office = office;
        this.planSources = planSources;
        this.catalogue = catalogue;
        this.templates = templates;
        this.settings = settings;
        this.store = store;
        this.snapshots = snapshots;
        this.issuedTexts = issuedTexts;
        this.documents = documents;
        this.ownTransaction = new TransactionTemplate(tx);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Everything one output needs; writers read only this. {@code contentError} is set when the report's content
     * cannot be rendered (a template nesting too deeply): the view then holds the figures and the checks, one of
     * which fails with the error, and no document.
     */
    public record View(Report report, FigureSet figures, RenderedReport rendered, List<ReportCheck> checks, Map<String, Unit> slots,
                       String contentError, List<TextFinding> findings) {
        public boolean checksPass() {
            return checks.stream().allMatch(ReportCheck::passes);
        }
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /** The figures of a report: frozen when issued, else computed now. */
    public FigureSet figures(Report r) {
        return r.issued() ? withPlans(snapshots.load(r.id(), r.reportPeriod().ranges()), r.reportPeriod()) : computed(r.reportPeriod());
    }

    /**
     * Every indicator computed once per period of the report (kept while no record changes: a draft's pages, preview
     * and files read the same figures without computing them again), with the plans of the report's year.
     */
    private FigureSet computed(ReportPeriod p) {
        return withPlans(cache.get(new Periods(p.ranges()), () -> FigureSet.compute(catalogue, p)), p);
    }

    /** What a report's figures depend on besides the records: its periods' date ranges. */
    private record Periods(Map<String, DateRange> ranges) {
    }

    private FigureSet withPlans(FigureSet f, ReportPeriod p) {
        List<PlanValue> plans = new ArrayList<>();
        planSources.orderedStream().forEach(s -> plans.addAll(s.plans(p.month().getYear())));
        return plans.isEmpty() ? f : f.withPlans(plans);
    }

    @Transactional(readOnly = true)
    public View view(Report r) {
        FigureSet f = figures(r);
        if (r.issued()) {
            return issuedView(r, f);
        }
        return build(r, f, templates.get(r.kind()).source());
    }

    /**
     * The command line's view of a kind and month: the stored report when there is one (frozen if issued),
     * else a draft computed now from the settings and the template, with nothing written to the database.
     */
    @Transactional
    public View view(ReportKind kind, YearMonth month) {
        var existing = store.find(kind, month);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        DepartmentSettings s = settings.complete();
        ReportPeriod p = new ReportPeriod(kind, month, s.cutOffDay());
        Report transient0 = new Report(0, kind, month, s.cutOffDay(), ReportStatus.DRAFT, null, null, s.symbol(),
                p.monthRange().end().plusDays(1), s.place(), s.signerName(), s.signerTitle(), s.recipients(), "system", 0);
        return render(transient0, computed(p), templates.get(kind).source(), Map.of(), List.of());
    }

    /**
     * Keeps the whole text of a report that has just been issued, inside the issue transaction: rendered from its
     * frozen figures, the current template, settings, narratives and planned items, as it will read from now on.
     */
    void freezeText(Report issued) {
        String source = templates.get(issued.kind()).source();
        View v = build(issued, figures(issued), source);
        if (v.contentError() != null) {
            throw new vn.gov.khcn.shared.DomainException("content", v.contentError());
        }
        issuedTexts.save(issued.id(), v.rendered(), source, IssuedTextStore.Origin.ISSUE);
        events.publishEvent(new ReportTextFrozen(issued.id()));
    }

    /**
     * An issued report's view from its kept text. A report issued before texts were kept is kept now, from the
     * current template and settings (in a transaction of its own, so a read keeps it once and for all).
     */
    private View issuedView(Report r, FigureSet f) {
        var kept = issuedTexts.find(r.id());
        if (kept.isEmpty()) {
            String source = templates.get(r.kind()).source();
            View v = build(r, f, source);
            if (v.contentError() != null) {
                return v;
            }
            try {
                ownTransaction.executeWithoutResult(tx -> issuedTexts.save(r.id(), v.rendered(), source, IssuedTextStore.Origin.FIRST_READ));
            } catch (DuplicateKeyException e) {
                // another read kept it at the same moment: read that one
            }
            kept = issuedTexts.find(r.id());
        }
        IssuedTextStore.IssuedText t = kept.orElseThrow();
        return new View(r, f, t.rendered(), checks(r, f, t.rendered().missingCodes()), slotsOf(t.templateSource()), null, List.of());
    }

    private View build(Report r, FigureSet f, String source) {
        Map<String, String> narratives = new HashMap<>();
        store.narratives(r.id()).forEach((k, v) -> narratives.put(k, v.body()));
        return render(r, f, source, narratives, store.planned(r.id()));
    }

    /** Renders a report; content that cannot be rendered gives a view with the error, never an exception. */
    private View render(Report r, FigureSet f, String source, Map<String, String> narratives, List<String> planned) {
        DepartmentSettings s = settings.complete();
        try {
            ReportTemplate t = ReportTemplate.parse(source);
            TemplateRenderer renderer = new TemplateRenderer(f, vars(r.reportPeriod(), s), narratives, t.slots(), planned, !r.issued());
            RenderedReport rendered = renderer.render(t, r, s);
            List<TextFinding> findings = r.issued() ? List.of() : TextChecks.run(rendered, renderer.marks(), t.slots());
            return new View(r, f, rendered, checks(r, f, rendered.missingCodes()), t.slots(), null, findings);
        } catch (vn.gov.khcn.shared.DomainException e) {
            String error = "Nội dung báo cáo không dựng được: " + e.getMessage() + " Hãy sửa mẫu báo cáo.";
            List<ReportCheck> checks = new ArrayList<>(checks(r, f, Set.of()));
            checks.add(ReportCheck.fail(ReportChecks.CONTENT, null, error));
            RenderedReport none = new RenderedReport(r, s, "", List.of(), List.of(), Set.of());
            return new View(r, f, none, checks, Map.of(), error, List.of());
        }
    }

    private List<ReportCheck> checks(Report r, FigureSet f, Set<String> missingCodes) {
        return ReportChecks.run(f, r.kind(), missingCodes, ids -> documents.byIds(ids).keySet());
    }

    private static Map<String, Unit> slotsOf(String source) {
        try {
            return ReportTemplate.parse(source).slots();
        } catch (vn.gov.khcn.shared.DomainException e) {
            return Map.of();
        }
    }

    static Map<String, String> vars(ReportPeriod p, DepartmentSettings s) {
        Map<String, String> v = new LinkedHashMap<>();
        int m = p.month().getMonthValue();
        int y = p.month().getYear();
        v.put("$month", String.valueOf(m));
        v.put("$year", String.valueOf(y));
        v.put("$nextYear", String.valueOf(y + 1));
        v.put("$nextMonth", String.valueOf(m == 12 ? 1 : m + 1));
        v.put("$elapsed", String.valueOf(m));
        v.put("$remaining", String.valueOf(12 - m));
        v.put("$quarter", p.quarterRoman());
        v.put("$monthStart", Formats.reportDate(p.monthRange().start()));
        v.put("$monthEnd", Formats.reportDate(p.monthRange().end()));
        LocalDate ys = p.ytdRange().start();
        v.put("$ytdStart", Formats.reportDate(ys));
        v.put("$ytdEnd", Formats.reportDate(p.ytdRange().end()));
        v.put("$site", s.site());
        v.put("$province", s.province());
        v.put("$department", s.department());
        v.put("$legalBasis", s.legalBasis());
        return v;
    }

    /** Renders a template source (not yet saved) for a kind and month: the template editor's preview. */
    @Transactional(readOnly = true)
    public String preview(ReportKind kind, YearMonth month, String source) {
        DepartmentSettings s = settings.complete();
        var existing = store.find(kind, month);
        ReportPeriod p = new ReportPeriod(kind, month, existing.map(Report::cutOffDay).orElse(s.cutOffDay()));
        Report r = existing.orElseGet(() -> new Report(0, kind, month, p.cutOffDay(), ReportStatus.DRAFT, null, null, s.symbol(),
                p.monthRange().end().plusDays(1), s.place(), s.signerName(), s.signerTitle(), s.recipients(), "system", 0));
        return html(build(r, figures(r), source));
    }

    /** The records behind a figure: the frozen list of an issued report, else the same computation as the figure. */
    @Transactional(readOnly = true)
    public List<RecordRef> records(String code, String period, DateRange range, Report issuedOrNull) {
        if (issuedOrNull != null && issuedOrNull.issued()) {
            return figures(issuedOrNull).get(period, code).map(IndicatorValue::records).orElse(List.of());
        }
        return catalogue.find(code).map(i -> i.compute(range).records()).orElse(List.of());
    }

    public String json(View v) {
        return JsonWriter.write(v.report().kind().code(), v.report().period().toString(), v.figures(), v.checks());
    }

    public String html(View v) {
        return HtmlWriter.write(document(v));
    }

    public byte[] docx(View v) {
        return DocxWriter.write(document(v));
    }

    /** The document to write; a view whose content could not be rendered is refused with its Vietnamese error. */
    private static RenderedReport document(View v) {
        if (v.contentError() != null) {
            throw new vn.gov.khcn.shared.DomainException("content", v.contentError());
        }
        return v.rendered();
    }

    /** PDF through the pool of LibreOffice processes; a Vietnamese DomainException when it is not installed. */
    public byte[] pdf(View v) {
        return office.convert(docx(v));
    }
}
