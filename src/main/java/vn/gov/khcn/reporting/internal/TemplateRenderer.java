package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.reporting.RenderedReport;
import vn.gov.khcn.reporting.RenderedReport.Block;
import vn.gov.khcn.reporting.RenderedReport.BlockKind;
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
    private final FigurePlaceholders placeholders;

    public TemplateRenderer(FigureSet figures, Map<String, String> vars, Map<String, String> narratives,
                            Map<String, Unit> slots, List<String> planned, boolean draft) {
        this.figures = figures;
        this.vars = vars;
        this.narratives = narratives;
        this.slots = slots;
        this.planned = planned;
        this.draft = draft;
        this.placeholders = new FigurePlaceholders(figures, vars, missing, marks);
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
            IndicatorValue v = placeholders.value(f.code(), a.period());
            marks.ties.add(new TextMarks.Tie(blocks.size(), tie.noun(), tie.expr(), v == null ? null : f.number(v), a.period()));
        } else if (n instanceof ReportTemplate.Each e) {
            IndicatorValue v = placeholders.value(e.code(), e.period());
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
                placeholders.placeholder(p.expr(), period, record, bold, italic, out);
            } else if (x instanceof Inline.Cond c) {
                List<Inline> chosen = placeholders.zero(c.expr(), period) ? c.otherwise() : c.body();
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
                IndicatorValue v = placeholders.value(expr.substring(5).strip(), p);
                if (v != null) {
                    Set<DocumentRef> docs = new LinkedHashSet<>(v.citations());
                    v.records().forEach(r -> docs.addAll(r.citations()));
                    citations(List.copyOf(docs), body);
                }
            } else if (expr.startsWith("records:")) {
                IndicatorValue v = placeholders.value(expr.substring(8).strip(), p);
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
}
