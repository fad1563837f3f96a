package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.gov.khcn.reporting.RenderedReport;
import vn.gov.khcn.reporting.RenderedReport.Block;
import vn.gov.khcn.reporting.RenderedReport.BlockKind;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.reporting.TextFinding;
import vn.gov.khcn.shared.Unit;

/**
 * The checks over a report's rendered text, sentence by sentence (a sentence ends at ";" or at "." before a space):
 * every narrative is written, no sentence prints an empty reference (", ,", "()", "tại ,", a placeholder that prints
 * nothing), and a figure typed in a narrative ("05 nhiệm vụ") agrees with the figure the template ties to that noun in
 * the section ({@code @tie}). Each finding names the section by its heading, the unit that owes the fix and the sentence,
 * with the sentence as it would print and "___" where the missing text goes.
 */
public final class TextChecks {
    static final String GAP = "___";
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** What a sentence prints where a reference is missing. */
    static final Pattern EMPTY_REFERENCE = Pattern.compile(
            ",\\s*,|\\(\\s*\\)|\\(\\s*[,;]|[,;]\\s*\\)|\\p{L}\\s+[,;]|\\b(?:tại|của|theo|gồm|là|số|ngày)\\s*[,;.)]", FLAGS);
    private static final String NUMBER = "(?<![\\p{L}\\p{N}.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+";
    /** "N noun" per tied noun, compiled once. */
    private static final Map<String, Pattern> COUNTED = new java.util.concurrent.ConcurrentHashMap<>();

    static Pattern counted(String noun) {
        return COUNTED.computeIfAbsent(noun, n -> Pattern.compile(NUMBER + Pattern.quote(n) + "(?![\\p{L}\\p{N}])", FLAGS));
    }

    private TextChecks() {
    }

    public static List<TextFinding> run(RenderedReport r, TextMarks marks, Map<String, Unit> slots) {
        List<TextFinding> out = new ArrayList<>();
        List<Printed> printed = new ArrayList<>();
        Map<Integer, RenderedReport.Footnote> footnotes = new HashMap<>();
        r.footnotes().forEach(f -> footnotes.put(f.number(), f));
        String[] headings = new String[3];
        List<Block> blocks = r.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int level = level(b.kind());
            if (level > 0) {
                headings[level - 1] = b.text().strip().replaceAll("[:.]$", "");
                for (int k = level; k < 3; k++) {
                    headings[k] = null;
                }
                continue;
            }
            String section = section(headings);
            List<TextMarks.Tie> ties = tiesOf(i, blocks, marks.ties);
            String anchor = b.kind() == BlockKind.PLANNED ? "planned" : null;
            String period = marks.periods.getOrDefault(i, "month");
            new CheckedParagraph(b.spans(), marks).check(section, anchor, ties, slots, out, period, printed);
            for (Span s : b.spans()) {
                if (s.footnote() != null && footnotes.containsKey(s.footnote())) {
                    new CheckedParagraph(footnotes.get(s.footnote()).spans(), marks).check(section + " (chú thích " + s.footnote() + ")", anchor, ties,
                            slots, out, period, printed);
                }
            }
        }
        oneFigureOneValue(printed, out);
        return out;
    }

    /** "N noun" of a tied noun as printed somewhere in the report: the figure it stands for (expression or noun, and period). */
    record Printed(String key, long value, String text, String section, String sentence, Unit unit, String anchor) {
    }

    /**
     * The same figure printed in two places with different values: for each figure, every value other than the first
     * printed is named with both sentences (once per value).
     */
    private static void oneFigureOneValue(List<Printed> printed, List<TextFinding> out) {
        Map<String, Printed> first = new java.util.LinkedHashMap<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Printed p : printed) {
            Printed f = first.putIfAbsent(p.key(), p);
            if (f == null || f.value() == p.value() || !named.add(p.key() + "=" + p.value())) {
                continue;
            }
            // the unit that typed one of the two owes the fix; two template sentences: the office (the template)
            Printed owner = p.anchor() != null ? p : f.anchor() != null ? f : p;
            out.add(new TextFinding(TextFinding.ONE_VALUE, p.section(), owner.unit(), owner.anchor(), p.sentence(),
                    "Cùng một số liệu in ra hai giá trị khác nhau: mục \"" + f.section() + "\", câu «" + f.sentence() + "» ghi \"" + f.text()
                            + "\", còn mục \"" + p.section() + "\", câu «" + p.sentence() + "» ghi \"" + p.text() + "\" – " + owner.unit().label()
                            + " cần xem lại cho thống nhất."));
        }
    }

    private static int level(BlockKind k) {
        return switch (k) {
            case HEADING1 -> 1;
            case HEADING2 -> 2;
            case HEADING3 -> 3;
            default -> 0;
        };
    }

    private static String section(String[] headings) {
        List<String> parts = new ArrayList<>();
        for (String h : headings) {
            if (h != null && !h.isBlank()) {
                parts.add(h);
            }
        }
        return parts.isEmpty() ? "Phần mở đầu" : String.join(" › ", parts);
    }

    /** The ties whose section holds block i: from the heading before the tie to the next heading of the same or a higher level. */
    private static List<TextMarks.Tie> tiesOf(int i, List<Block> blocks, List<TextMarks.Tie> ties) {
        List<TextMarks.Tie> out = new ArrayList<>();
        for (TextMarks.Tie t : ties) {
            int h = t.block() - 1;
            while (h >= 0 && level(blocks.get(h).kind()) == 0) {
                h--;
            }
            int from = Math.max(h, 0);
            int lvl = h < 0 ? 0 : level(blocks.get(h).kind());
            int end = from + 1;
            while (end < blocks.size() && (lvl == 0 || level(blocks.get(end).kind()) == 0 || level(blocks.get(end).kind()) > lvl)) {
                end++;
            }
            if (i >= from && i < end) {
                out.add(t);
            }
        }
        return out;
    }
}
