package vn.gov.khcn.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.reporting.RenderedReport.FigureLink;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.shared.Formats;

/**
 * A template's placeholders over the report's {@link FigureSet}: {@code {$var}}, {@code {record.label}}, figures with
 * their breakdowns and nouns, plan terms, and whether a zero clause's figure is zero. A code no provider supplies is
 * noted as missing; a placeholder that prints nothing is marked for the text checks.
 */
final class FigurePlaceholders {
    private final FigureSet figures;
    private final Map<String, String> vars;
    private final Set<String> missing;
    private final TextMarks marks;

    FigurePlaceholders(FigureSet figures, Map<String, String> vars, Set<String> missing, TextMarks marks) {
        this.figures = figures;
        this.vars = vars;
        this.missing = missing;
        this.marks = marks;
    }

    void placeholder(String expr, String period, RecordRef record, boolean bold, boolean italic, List<Span> out) {
        if (expr.startsWith("$")) {
            out.add(printed(Span.text(vars.getOrDefault(expr, TemplateRenderer.MISSING), bold, italic), expr));
            return;
        }
        if (expr.startsWith("record.")) {
            String v = record == null ? TemplateRenderer.MISSING : switch (expr) {
                case "record.label" -> record.label();
                case "record.detail" -> record.detail() == null ? "" : record.detail();
                default -> TemplateRenderer.MISSING;
            };
            out.add(printed(Span.text(v, bold, italic), expr));
            return;
        }
        String noun = "";
        int colon = expr.indexOf(':');
        if (colon >= 0) {
            noun = expr.substring(colon);
            expr = expr.substring(0, colon).strip();
        }
        boolean lower = expr.endsWith("|lower");
        if (lower) {
            expr = expr.substring(0, expr.length() - 6).strip();
        }
        PlanTerm term = PlanTerm.of(expr);
        if (term != null) {
            planPlaceholder(term, period, bold, italic, out);
            return;
        }
        FigureExpression.At a = FigureExpression.At.of(expr, period);
        String p = a.period();
        expr = a.expr();
        FigureExpression f = FigureExpression.parse(expr + noun, lower);
        IndicatorValue v = value(f.code(), p);
        String text = v == null ? TemplateRenderer.MISSING : f.format(v, f.dim() == null ? Map.of() : labels(f.code(), f.dim()));
        DateRange r = figures.range(p).orElse(null);
        FigureLink link = r == null || v == null ? null : new FigureLink(f.code(), p, r.start(), r.end());
        out.add(printed(new Span(text, bold, italic, link, null), expr));
    }

    /** The labels of a dimension's parts; a dimension "a/b" without its own labels those of "b" (origin/level: the levels). */
    private Map<String, String> labels(String code, String dim) {
        Map<String, String> own = figures.partLabels(code, dim);
        int slash = dim.lastIndexOf('/');
        return own.isEmpty() && slash >= 0 ? figures.partLabels(code, dim.substring(slash + 1)) : own;
    }

    /**
     * {@code {figure|plan}}, {@code {figure|percent}}, {@code {figure|remaining}}: the year's plan of the figure, the share
     * of it the figure reached in the placeholder's period, what is left to reach it. No plan prints "…" (the clause
     * {@code ?{figure|plan: …}} leaves the sentence out instead).
     */
    private void planPlaceholder(PlanTerm term, String period, boolean bold, boolean italic, List<Span> out) {
        FigureExpression.At a = FigureExpression.At.of(term.figure(), period);
        FigureExpression f = FigureExpression.parse(a.expr(), false);
        IndicatorValue v = value(f.code(), a.period());
        Long plan = figures.plan(a.expr()).orElse(null);
        Long done = v == null ? null : f.number(v);
        String text = plan == null || plan == 0 || (done == null && !term.what().equals("plan")) ? TemplateRenderer.MISSING : switch (term.what()) {
            case "plan" -> Formats.count(plan);
            case "percent" -> PlanTerm.percent(done, plan);
            default -> Formats.count(Math.max(0, plan - done));
        };
        DateRange r = figures.range(a.period()).orElse(null);
        FigureLink link = r == null || v == null || term.what().equals("plan") ? null : new FigureLink(f.code(), a.period(), r.start(), r.end());
        out.add(printed(new Span(text, bold, italic, link, null), term.figure() + "|" + term.what()));
    }

    /** Whether a zero clause's figure is zero in the period (a figure no provider supplies counts as zero). */
    boolean zero(String expr, String period) {
        PlanTerm term = PlanTerm.of(expr);
        if (term != null) {
            FigureExpression.At a = FigureExpression.At.of(term.figure(), period);
            Long plan = figures.plan(a.expr()).orElse(null);
            if (plan == null || plan == 0) {
                return true;
            }
            if (!term.what().equals("remaining")) {
                return false;
            }
            FigureExpression f = FigureExpression.parse(a.expr(), false);
            IndicatorValue v = value(f.code(), a.period());
            Long done = v == null ? null : f.number(v);
            return done != null && done >= plan;
        }
        FigureExpression.At a = FigureExpression.At.of(expr, period);
        FigureExpression f = FigureExpression.parse(a.expr(), false);
        return f.zero(value(f.code(), a.period()));
    }

    /** A placeholder's span; one that prints nothing (no value, an empty detail) is marked for the text checks. */
    private Span printed(Span s, String expr) {
        if (s.text() == null || s.text().isBlank() || s.text().equals(TemplateRenderer.MISSING)) {
            marks.emptyPlaceholder.put(s, expr);
        }
        return s;
    }

    IndicatorValue value(String code, String period) {
        if (!figures.has(code)) {
            missing.add(code);
            return null;
        }
        return figures.get(period, code).orElse(null);
    }
}
