package vn.gov.khcn.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.khcn.reporting.internal.ReportTemplate;
import vn.gov.khcn.reporting.internal.TemplateRenderer;

/** Renders a template source over a figure set the way the engine does. */
final class Render {
    private Render() {
    }

    static RenderedReport render(String source, FigureSet f, Map<String, String> narratives, List<String> planned) {
        ReportTemplate t = ReportTemplate.parse(source);
        return new TemplateRenderer(f, new HashMap<>(ReportEngine.vars(Golden.SEPT_2021, Golden.caoBang())), narratives, t.slots(), planned, true)
                .render(t, Golden.draft(), Golden.caoBang());
    }

    /** Renders as the engine does and runs the text checks over the result. */
    static List<TextFinding> findings(String source, FigureSet f, Map<String, String> narratives, List<String> planned) {
        ReportTemplate t = ReportTemplate.parse(source);
        TemplateRenderer renderer = new TemplateRenderer(f, new HashMap<>(ReportEngine.vars(Golden.SEPT_2021, Golden.caoBang())), narratives,
                t.slots(), planned, true);
        RenderedReport r = renderer.render(t, Golden.draft(), Golden.caoBang());
        return vn.gov.khcn.reporting.internal.TextChecks.run(r, renderer.marks(), t.slots());
    }

    static RenderedReport nineMonths(FigureSet f) {
        return render(ReportTemplates.defaultSource(ReportKind.NINE_MONTHS), f, Map.of(), List.of("Quan tâm, đẩy nhanh tiến độ {investment.projectsActive@ytd} dự án."));
    }
}
