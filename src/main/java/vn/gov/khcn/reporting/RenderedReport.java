package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One rendering model of a report, written out by the HTML, DOCX and PDF writers: header facts,
 * the subject, blocks of spans, numbered footnotes, and the codes the template used that no provider
 * supplies. An issued report's model is kept at issue (as JSON) and every later output is written from
 * it, so it holds the report's whole text and nothing recorded after issue.
 */
public record RenderedReport(Report report, DepartmentSettings settings, String subject, List<Block> blocks,
                             List<Footnote> footnotes, Set<String> missingCodes) {

    public enum BlockKind { PARAGRAPH, HEADING1, HEADING2, HEADING3, PLANNED }

    public record Block(BlockKind kind, List<Span> spans) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.footnote() == null ? s.text() : ""));
            return sb.toString();
        }
    }

    /** A run of text; a figure carries the link to the records behind it; a footnote span only marks the reference. */
    public record Span(String text, boolean bold, boolean italic, FigureLink link, Integer footnote) {
        public static Span text(String t, boolean bold, boolean italic) {
            return new Span(t, bold, italic, null, null);
        }
    }

    public record FigureLink(String code, String period, LocalDate start, LocalDate end) {
    }

    public record Footnote(int number, List<Span> spans) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    /** The whole running text, footnotes after it: for tests and searches. */
    public String plainText() {
        StringBuilder sb = new StringBuilder(subject).append('\n');
        blocks.forEach(b -> sb.append(b.text()).append('\n'));
        footnotes.forEach(f -> sb.append(f.number()).append(' ').append(f.text()).append('\n'));
        return sb.toString();
    }
}
