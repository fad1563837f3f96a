package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.reporting.internal.DocxWriter;
import vn.gov.khcn.reporting.internal.HtmlWriter;
import vn.gov.khcn.reporting.internal.JsonWriter;
import vn.gov.khcn.reporting.internal.PdfConverter;
import vn.gov.khcn.reporting.internal.ReportChecks;
import vn.gov.khcn.reporting.internal.ReportStore;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.reporting.internal.SnapshotStore;
import vn.gov.khcn.reporting.internal.TemplateRenderer;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/**
 * Builds a report's view: its figures (computed once per period, or read from the frozen snapshot of
 * an issued report), the rendering of its template, and its checks; and writes it as JSON, HTML, DOCX or PDF.
 */
@Service
public class ReportEngine {
    private final IndicatorCatalogue catalogue;
    private final ReportTemplates templates;
    private final ReportSettings settings;
    private final ReportStore store;
    private final SnapshotStore snapshots;
    private final Documents documents;

    ReportEngine(IndicatorCatalogue catalogue, ReportTemplates templates, ReportSettings settings, ReportStore store,
                 SnapshotStore snapshots, Documents documents) {
        this.catalogue = catalogue;
        this.templates = templates;
        this.settings = settings;
        this.store = store;
        this.snapshots = snapshots;
        this.documents = documents;
    }

    /** Everything one output needs; writers read only this. */
    public record View(Report report, FigureSet figures, RenderedReport rendered, List<ReportCheck> checks, Map<String, Unit> slots) {
        public boolean checksPass() {
            return checks.stream().allMatch(ReportCheck::ok);
        }
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    /** The figures of a report: frozen when issued, else computed now. */
    public FigureSet figures(Report r) {
        return r.issued() ? snapshots.load(r.id(), r.reportPeriod().ranges()) : FigureSet.compute(catalogue, r.reportPeriod());
    }

    @Transactional(readOnly = true)
    public View view(Report r) {
        FigureSet f = figures(r);
        Map<String, String> narratives = new HashMap<>();
        store.narratives(r.id()).forEach((k, v) -> narratives.put(k, v.body()));
        return build(r, f, narratives, store.planned(r.id()), store.restatements(r.id()));
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
        DepartmentSettings s = settings.get();
        ReportPeriod p = new ReportPeriod(kind, month, s.cutOffDay());
        Report transient0 = new Report(0, kind, month, s.cutOffDay(), ReportStatus.DRAFT, null, null,
                p.monthRange().end().plusDays(1), s.province(), s.signerName(), s.signerTitle(), s.recipients(), "system", 0);
        return build(transient0, FigureSet.compute(catalogue, p), Map.of(), List.of(), List.of());
    }

    private View build(Report r, FigureSet f, Map<String, String> narratives, List<String> planned, List<String> restatements) {
        DepartmentSettings s = settings.get();
        ReportTemplate t = ReportTemplate.parse(templates.get(r.kind()).source());
        TemplateRenderer renderer = new TemplateRenderer(f, vars(r.reportPeriod(), s), narratives, t.slots(), planned, !r.issued());
        RenderedReport rendered = renderer.render(t, r, s, restatements);
        List<ReportCheck> checks = ReportChecks.run(f, rendered.missingCodes(), ids -> documents.byIds(ids).keySet());
        return new View(r, f, rendered, checks, t.slots());
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
        DepartmentSettings s = settings.get();
        var existing = store.find(kind, month);
        ReportPeriod p = new ReportPeriod(kind, month, existing.map(Report::cutOffDay).orElse(s.cutOffDay()));
        Report r = existing.orElseGet(() -> new Report(0, kind, month, p.cutOffDay(), ReportStatus.DRAFT, null, null,
                p.monthRange().end().plusDays(1), s.province(), s.signerName(), s.signerTitle(), s.recipients(), "system", 0));
        FigureSet f = figures(r);
        Map<String, String> narratives = new HashMap<>();
        store.narratives(r.id()).forEach((k, v) -> narratives.put(k, v.body()));
        ReportTemplate t = ReportTemplate.parse(source);
        RenderedReport rendered = new TemplateRenderer(f, vars(p, s), narratives, t.slots(), store.planned(r.id()), !r.issued())
                .render(t, r, s, List.of());
        return HtmlWriter.write(rendered);
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
        return HtmlWriter.write(v.rendered());
    }

    public byte[] docx(View v) {
        return DocxWriter.write(v.rendered());
    }

    /** PDF through LibreOffice; a Vietnamese DomainException when it is not installed. */
    public byte[] pdf(View v) {
        return PdfConverter.convert(docx(v));
    }
}
