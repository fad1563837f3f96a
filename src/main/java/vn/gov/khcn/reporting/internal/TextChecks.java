package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.reporting.RenderedReport;
import vn.gov.khcn.reporting.RenderedReport.Block;
import vn.gov.khcn.reporting.RenderedReport.BlockKind;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.reporting.TextFinding;
import vn.gov.khcn.shared.Formats;
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
    private static final int WINDOW = 240;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** What a sentence prints where a reference is missing. */
    static final Pattern EMPTY_REFERENCE = Pattern.compile(
            ",\\s*,|\\(\\s*\\)|\\(\\s*[,;]|[,;]\\s*\\)|\\p{L}\\s+[,;]|\\b(?:tại|của|theo|gồm|là|số|ngày)\\s*[,;.)]", FLAGS);
    private static final String NUMBER = "(?<![\\p{L}\\p{N}.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+";
    /** "N noun" per tied noun, compiled once. */
    private static final Map<String, Pattern> COUNTED = new java.util.concurrent.ConcurrentHashMap<>();

    private TextChecks() {
    }

    public static List<TextFinding> run(RenderedReport r, TextMarks marks, Map<String, Unit> slots) {
        List<TextFinding> out = new ArrayList<>();
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
            new Paragraph(b.spans(), marks).check(section, anchor, ties, slots, out);
            for (Span s : b.spans()) {
                if (s.footnote() != null && footnotes.containsKey(s.footnote())) {
                    new Paragraph(footnotes.get(s.footnote()).spans(), marks).check(section + " (chú thích " + s.footnote() + ")", anchor, ties,
                            slots, out);
                }
            }
        }
        return out;
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

    /** One paragraph's printed text, with where the gaps are and which spans a narrative or an empty placeholder printed. */
    private static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private final List<Mark> gaps = new ArrayList<>();
        private final List<Mark> narrative = new ArrayList<>();
        private final List<Mark> empty = new ArrayList<>();

        private record Mark(int start, int end, String what) {
        }

        Paragraph(List<Span> spans, TextMarks marks) {
            for (Span s : spans) {
                if (s.footnote() != null) {
                    continue;
                }
                String slot = marks.unwritten.get(s);
                if (slot != null) {
                    gaps.add(new Mark(text.length(), text.length(), slot));
                    continue;
                }
                int start = text.length();
                text.append(s.text());
                if (marks.narrative.containsKey(s)) {
                    narrative.add(new Mark(start, text.length(), marks.narrative.get(s)));
                }
                if (marks.emptyPlaceholder.containsKey(s)) {
                    empty.add(new Mark(start, text.length(), marks.emptyPlaceholder.get(s)));
                }
            }
        }

        void check(String section, String anchor, List<TextMarks.Tie> ties, Map<String, Unit> slots, List<TextFinding> out) {
            List<Integer> starts = sentenceStarts();
            for (int k = 0; k < starts.size(); k++) {
                int s = starts.get(k);
                int e = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
                boolean last = k + 1 == starts.size();
                Map<String, Integer> unwritten = new java.util.LinkedHashMap<>();
                gaps.stream().filter(g -> g.start() >= s && (g.start() < e || last)).forEach(g -> unwritten.putIfAbsent(g.what(), g.start()));
                for (var gap : unwritten.entrySet()) {
                    String slot = gap.getKey();
                    String shown = shown(s, e, last, gap.getValue());
                    Unit u = slots.getOrDefault(slot, Unit.OFFICE);
                    String msg = shown.equals(GAP)
                            ? "Mục \"" + section + "\": " + u.label() + " chưa viết đoạn văn của mục này."
                            : "Mục \"" + section + "\": " + u.label() + " chưa viết phần của mình trong câu «" + shown + "».";
                    out.add(new TextFinding(TextFinding.NARRATIVE_WRITTEN, section, u, "slot-" + slot, shown, msg));
                }
                List<Mark> blank = empty.stream().filter(m -> m.start() >= s && m.start() < e).toList();
                if (unwritten.isEmpty() && !blank.isEmpty()) {
                    Unit u = owner(blank.get(0).start(), slots);
                    String shown = shown(s, e, last, blank.get(0).start());
                    out.add(new TextFinding(TextFinding.NO_EMPTY_REFERENCE, section, u, anchorAt(blank.get(0).start(), anchor), shown,
                            "Mục \"" + section + "\": câu «" + shown + "» in ra số liệu trống ({" + blank.get(0).what() + "}) – "
                                    + u.label() + " cần xem lại."));
                } else if (unwritten.isEmpty()) {
                    Matcher m = EMPTY_REFERENCE.matcher(text.substring(s, e));
                    if (m.find()) {
                        Unit u = owner(s + m.start(), slots);
                        String shown = shown(s, e, last, s + m.start());
                        out.add(new TextFinding(TextFinding.NO_EMPTY_REFERENCE, section, u, anchorAt(s + m.start(), anchor), shown,
                                "Mục \"" + section + "\": câu «" + shown + "» in ra chỗ trống \"" + m.group().strip() + "\" – " + u.label() + " cần viết bổ sung."));
                    }
                }
                for (TextMarks.Tie t : ties) {
                    typedFigures(t, s, e, last, section, slots, out);
                }
            }
        }

        private void typedFigures(TextMarks.Tie t, int s, int e, boolean last, String section, Map<String, Unit> slots, List<TextFinding> out) {
            if (t.value() == null) {
                return;
            }
            Matcher m = COUNTED.computeIfAbsent(t.noun(), n -> Pattern.compile(NUMBER + Pattern.quote(n) + "(?![\\p{L}\\p{N}])", FLAGS))
                    .matcher(text.substring(s, e));
            while (m.find()) {
                int at = s + m.start(1);
                String slot = slotAt(at);
                if (slot == null) {
                    continue; // the template's own text: its figures are computed
                }
                long typed = Long.parseLong(m.group(1).replace(".", ""));
                if (typed != t.value()) {
                    String shown = shown(s, e, last, at);
                    Unit u = slots.getOrDefault(slot, Unit.OFFICE);
                    out.add(new TextFinding(TextFinding.TYPED_FIGURE, section, u, "slot-" + slot, shown,
                            "Mục \"" + section + "\": " + u.label() + " ghi \"" + m.group().strip() + "\" trong câu «" + shown
                                    + "», nhưng số liệu tính từ hồ sơ là " + Formats.count(t.value()) + " (" + t.expr() + ")."));
                }
            }
        }

        private String slotAt(int pos) {
            return narrative.stream().filter(n -> pos >= n.start() && pos < n.end()).map(Mark::what).findFirst().orElse(null);
        }

        private Unit owner(int pos, Map<String, Unit> slots) {
            String slot = slotAt(pos);
            return slot == null ? Unit.OFFICE : slots.getOrDefault(slot, Unit.OFFICE);
        }

        private String anchorAt(int pos, String fallback) {
            String slot = slotAt(pos);
            return slot == null ? fallback : "slot-" + slot;
        }

        /**
         * The sentence as it would print, "___" where a narrative is missing; a long one shortened to about 240 characters
         * around the place in question (focus, a position in the paragraph), "…" where it is cut.
         */
        private String shown(int s, int e, boolean last, int focus) {
            StringBuilder sb = new StringBuilder();
            int at = s;
            int f = -1;
            for (Mark g : gaps) {
                if (g.start() >= s && (g.start() < e || last)) {
                    sb.append(text, at, g.start());
                    if (g.start() == focus && f < 0) {
                        f = sb.length();
                    }
                    sb.append(GAP);
                    at = g.start();
                }
            }
            if (f < 0) {
                f = sb.length() + Math.max(0, focus - at);
            }
            sb.append(text, at, e);
            String t = sb.toString();
            if (t.length() > WINDOW) {
                int from = Math.max(0, Math.min(f - WINDOW / 2, t.length() - WINDOW));
                int to = Math.min(t.length(), from + WINDOW);
                t = (from > 0 ? "…" : "") + t.substring(from, to) + (to < t.length() ? "…" : "");
            }
            return t.strip().replaceAll("\\s+", " ");
        }

        private List<Integer> sentenceStarts() {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean end = c == ';' || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
                if (end) {
                    int j = i + 1;
                    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                        j++;
                    }
                    int from = i;
                    int after = j;
                    // a narrative missing right after the end belongs to the sentence it would begin
                    int next = gaps.stream().mapToInt(Mark::start).filter(p -> p > from && p < after).min().orElse(after);
                    if (next < text.length() || next < j) {
                        starts.add(next);
                    }
                    i = j - 1;
                }
            }
            return starts;
        }
    }
}
