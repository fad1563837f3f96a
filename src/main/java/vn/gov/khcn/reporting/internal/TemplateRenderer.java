package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.reporting.RenderedReport;
import vn.gov.khcn.reporting.RenderedReport.Block;
import vn.gov.khcn.reporting.RenderedReport.BlockKind;
import vn.gov.khcn.reporting.RenderedReport.FigureLink;
import vn.gov.khcn.reporting.RenderedReport.Footnote;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.shared.Unit;

/**
 * Renders a template over a {@link FigureSet}: the only place figures become text. It reads the set
 * and nothing else, so each figure prints the number computed once for its period. Narratives and
 * planned items are read as text ({@link Inline#parseText}): they cannot include a narrative, so the
 * rendering follows the template's own nesting, which {@link Inline#MAX_NESTING} bounds.
 */
public final class TemplateRenderer {
    public static final String MISSING = "…";

    private final FigureSet figures;
    private final Map<String, String> vars;
    private final Map<String, String> narratives;
    private final Map<String, Unit> slots;
    private final List<String> planned;
    private final boolean draft;
    private final List<Footnote> footnotes = new ArrayList<>();
    private final Set<String> missing = new TreeSet<>();
    private final TextMarks marks = new TextMarks();

    public TemplateRenderer(FigureSet figures, Map<String, String> vars, Map<String, String> narratives,
                            Map<String, Unit> slots, List<String> planned, boolean draft) {
        this.figures = figures;
        this.vars = vars;
        this.narratives = narratives;
        this.slots = slots;
        this.planned = planned;
        this.draft = draft;
    }

    public RenderedReport render(ReportTemplate t, Report report, DepartmentSettings settings) {
        String subject = plain(Inline.parse(t.subject()), "month");
        vars.put("$subject", subject);
        vars.put("$subjectLc", subject.isEmpty() ? "" : Character.toLowerCase(subject.charAt(0)) + subject.substring(1));
        List<Block> blocks = new ArrayList<>();
        for (ReportTemplate.Node n : t.nodes()) {
            int first = blocks.size();
            node(n, blocks);
            for (int k = first; k < blocks.size(); k++) {
                marks.periods.put(k, period(n));
            }
        }
        return new RenderedReport(report, settings, subject, blocks, List.copyOf(footnotes), missing);
    }

    private static String period(ReportTemplate.Node n) {
        if (n instanceof ReportTemplate.Heading h) {
            return h.period();
        } else if (n instanceof ReportTemplate.Para p) {
            return p.period();
        } else if (n instanceof ReportTemplate.Each e) {
            return e.period();
        } else if (n instanceof ReportTemplate.Planned p) {
            return p.period();
        } else if (n instanceof ReportTemplate.BlockNarrative b) {
            return b.period();
        }
        return ((ReportTemplate.Tie) n).period();
    }

    private void node(ReportTemplate.Node n, List<Block> blocks) {
        if (n instanceof ReportTemplate.Heading h) {
            blocks.add(new Block(h.level() == 1 ? BlockKind.HEADING1 : h.level() == 2 ? BlockKind.HEADING2 : BlockKind.HEADING3,
                    spans(Inline.parse(h.text()), h.period(), null)));
        } else if (n instanceof ReportTemplate.Para p) {
            List<Span> s = spans(Inline.parse(p.text()), p.period(), null);
            // a paragraph that is all zero clauses left out prints nothing, not an empty line
            if (s.stream().anyMatch(x -> x.footnote() != null || !x.text().isBlank() || marks.emptyPlaceholder.containsKey(x))) {
                blocks.add(new Block(BlockKind.PARAGRAPH, s));
            }
        } else if (n instanceof ReportTemplate.BlockNarrative b) {
            narrativeParagraphs(b.slot(), b.period(), blocks);
        } else if (n instanceof ReportTemplate.Planned p) {
            int k = 1;
            for (String item : planned) {
                List<Span> s = new ArrayList<>();
                s.add(Span.text(k++ + ". ", false, false));
                s.addAll(spans(Inline.parseText(item, Inline.Language.PLANNED), p.period(), null));
                blocks.add(new Block(BlockKind.PLANNED, s));
            }
        } else if (n instanceof ReportTemplate.Tie tie) {
            FigureExpression.At a = FigureExpression.At.of(tie.expr(), tie.period());
            FigureExpression f = FigureExpression.parse(a.expr(), false);
            IndicatorValue v = value(f.code(), a.period());
            marks.ties.add(new TextMarks.Tie(blocks.size(), tie.noun(), tie.expr(), v == null ? null : f.number(v), a.period()));
        } else if (n instanceof ReportTemplate.Each e) {
            IndicatorValue v = value(e.code(), e.period());
            if (v != null) {
                for (RecordRef r : v.records()) {
                    for (String line : e.lines()) {
                        blocks.add(new Block(BlockKind.PARAGRAPH, spans(Inline.parse(line), e.period(), r)));
                    }
                }
            }
        }
    }

    /** The marks of the last rendering, for the text checks. */
    public TextMarks marks() {
        return marks;
    }

    private void narrativeParagraphs(String slot, String period, List<Block> blocks) {
        String text = narratives.get(slot);
        if (text == null || text.isBlank()) {
            if (draft) {
                Span gap = Span.text(unwritten(slot), false, true);
                marks.unwritten.put(gap, slot);
                blocks.add(new Block(BlockKind.PARAGRAPH, List.of(gap)));
            }
            return;
        }
        int firstBlock = blocks.size();
        int firstFootnote = footnotes.size();
        for (String para : text.replace("\r", "").split("\n")) {
            if (!para.isBlank()) {
                blocks.add(new Block(BlockKind.PARAGRAPH, spans(Inline.parseText(para.strip(), Inline.Language.NARRATIVE), period, null)));
            }
        }
        blocks.subList(firstBlock, blocks.size()).forEach(b -> markWritten(b.spans(), 0, slot));
        markFootnotes(firstFootnote, slot);
    }

    private void markWritten(List<Span> spans, int from, String slot) {
        spans.subList(from, spans.size()).forEach(s -> marks.narrative.put(s, slot));
    }

    private void markFootnotes(int from, String slot) {
        footnotes.subList(from, footnotes.size()).forEach(f -> markWritten(f.spans(), 0, slot));
    }

    private String unwritten(String slot) {
        Unit u = slots.getOrDefault(slot, Unit.OFFICE);
        return "[Chưa viết: " + slot + " – " + u.label() + "]";
    }

    private List<Span> spans(List<Inline> in, String period, RecordRef record) {
        List<Span> out = new ArrayList<>();
        emit(in, period, record, false, false, out, true);
        return out;
    }

    private String plain(List<Inline> in, String period) {
        List<Span> out = new ArrayList<>();
        emit(in, period, null, false, false, out, false);
        StringBuilder sb = new StringBuilder();
        out.forEach(s -> sb.append(s.footnote() == null ? s.text() : ""));
        return sb.toString();
    }

    private void emit(List<Inline> in, String period, RecordRef record, boolean bold, boolean italic, List<Span> out, boolean footnotesAllowed) {
        for (Inline x : in) {
            if (x instanceof Inline.Lit l) {
                out.add(Span.text(l.text(), bold, italic));
            } else if (x instanceof Inline.Styled s) {
                emit(s.body(), period, record, bold || s.bold(), italic || !s.bold(), out, footnotesAllowed);
            } else if (x instanceof Inline.Narr n) {
                String text = narratives.get(n.slot());
                if (text == null || text.isBlank()) {
                    if (draft) {
                        Span gap = Span.text(unwritten(n.slot()), bold, true);
                        marks.unwritten.put(gap, n.slot());
                        out.add(gap);
                    }
                } else {
                    int firstSpan = out.size();
                    int firstFootnote = footnotes.size();
                    emit(Inline.parseText(text.replace("\r", "").replace('\n', ' ').strip(), Inline.Language.NARRATIVE), period, record, bold, italic, out,
                            footnotesAllowed);
                    markWritten(out, firstSpan, n.slot());
                    markFootnotes(firstFootnote, n.slot());
                }
            } else if (x instanceof Inline.Ph p) {
                placeholder(p.expr(), period, record, bold, italic, out);
            } else if (x instanceof Inline.Cond c) {
                List<Inline> chosen = zero(c.expr(), period) ? c.otherwise() : c.body();
                if (chosen != null) {
                    emit(chosen, period, record, bold, italic, out, footnotesAllowed);
                }
            } else if (x instanceof Inline.Fn f && footnotesAllowed) {
                footnote(f, period, record, out);
            }
        }
    }

    private void footnote(Inline.Fn f, String period, RecordRef record, List<Span> out) {
        List<Span> body = new ArrayList<>();
        String expr = f.expr();
        if (expr.equals("detail")) {
            emit(f.body(), period, record, false, false, body, false);
        } else if (expr.equals("record.cite")) {
            if (record != null) {
                citations(record.citations(), body);
            }
        } else {
            String p = period;
            int at = expr.indexOf('@');
            if (at >= 0) {
                p = expr.substring(at + 1);
                expr = expr.substring(0, at);
            }
            if (expr.startsWith("cite:")) {
                IndicatorValue v = value(expr.substring(5).strip(), p);
                if (v != null) {
                    Set<DocumentRef> docs = new LinkedHashSet<>(v.citations());
                    v.records().forEach(r -> docs.addAll(r.citations()));
                    citations(List.copyOf(docs), body);
                }
            } else if (expr.startsWith("records:")) {
                IndicatorValue v = value(expr.substring(8).strip(), p);
                if (v != null) {
                    List<String> items = v.records().stream()
                            .map(r -> r.label() + (r.detail() == null || r.detail().isBlank() ? "" : " " + r.detail())).toList();
                    if (!items.isEmpty()) {
                        body.add(Span.text(String.join("; ", items) + ";", false, false));
                    }
                }
            } else {
                body.add(Span.text(MISSING, false, false));
            }
        }
        if (body.stream().allMatch(s -> s.text().isBlank())) {
            return;
        }
        int n = footnotes.size() + 1;
        footnotes.add(new Footnote(n, List.copyOf(body)));
        out.add(new Span("", false, false, null, n));
    }

    private static void citations(List<DocumentRef> docs, List<Span> body) {
        List<String> c = docs.stream().map(DocumentRef::citation).distinct().toList();
        if (!c.isEmpty()) {
            body.add(Span.text(String.join("; ", c) + ";", false, false));
        }
    }

    private void placeholder(String expr, String period, RecordRef record, boolean bold, boolean italic, List<Span> out) {
        if (expr.startsWith("$")) {
            out.add(printed(Span.text(vars.getOrDefault(expr, MISSING), bold, italic), expr));
            return;
        }
        if (expr.startsWith("record.")) {
            String v = record == null ? MISSING : switch (expr) {
                case "record.label" -> record.label();
                case "record.detail" -> record.detail() == null ? "" : record.detail();
                default -> MISSING;
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
        String text = v == null ? MISSING : f.format(v, f.dim() == null ? Map.of() : labels(f.code(), f.dim()));
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
        String text = plan == null || plan == 0 || (done == null && !term.what().equals("plan")) ? MISSING : switch (term.what()) {
            case "plan" -> vn.gov.khcn.shared.Formats.count(plan);
            case "percent" -> PlanTerm.percent(done, plan);
            default -> vn.gov.khcn.shared.Formats.count(Math.max(0, plan - done));
        };
        DateRange r = figures.range(a.period()).orElse(null);
        FigureLink link = r == null || v == null || term.what().equals("plan") ? null : new FigureLink(f.code(), a.period(), r.start(), r.end());
        out.add(printed(new Span(text, bold, italic, link, null), term.figure() + "|" + term.what()));
    }

    /** Whether a zero clause's figure is zero in the period (a figure no provider supplies counts as zero). */
    private boolean zero(String expr, String period) {
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
        if (s.text() == null || s.text().isBlank() || s.text().equals(MISSING)) {
            marks.emptyPlaceholder.put(s, expr);
        }
        return s;
    }

    private IndicatorValue value(String code, String period) {
        if (!figures.has(code)) {
            missing.add(code);
            return null;
        }
        return figures.get(period, code).orElse(null);
    }
}
