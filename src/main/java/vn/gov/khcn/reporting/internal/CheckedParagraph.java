package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.reporting.TextFinding;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/** One paragraph's printed text, with where the gaps are and which spans a narrative or an empty placeholder printed. */
final class CheckedParagraph {
    private static final int WINDOW = 240;

    private final StringBuilder text = new StringBuilder();
    private final List<Mark> gaps = new ArrayList<>();
    private final List<Mark> narrative = new ArrayList<>();
    private final List<Mark> empty = new ArrayList<>();
    /** The figures printed, with the period each was computed for. */
    private final List<Mark> figures = new ArrayList<>();

    private record Mark(int start, int end, String what) {
    }

    /** Every tied noun of the report, and every tie. */
    private final java.util.Set<String> nouns = new java.util.LinkedHashSet<>();
    private final List<TextMarks.Tie> allTies;

    CheckedParagraph(List<Span> spans, TextMarks marks) {
        allTies = marks.ties;
        marks.ties.forEach(t -> nouns.add(t.noun()));
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
            if (s.link() != null) {
                figures.add(new Mark(start, text.length(), s.link().period()));
            }
        }
    }

    void check(String section, String anchor, List<TextMarks.Tie> ties, Map<String, Unit> slots, List<TextFinding> out, String period,
               List<TextChecks.Printed> printed) {
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
                String msg = shown.equals(TextChecks.GAP)
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
                Matcher m = TextChecks.EMPTY_REFERENCE.matcher(text.substring(s, e));
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
            if (unwritten.isEmpty()) {
                partsSum(s, e, last, section, anchor, slots, out);
                if (!"planned".equals(anchor)) {
                    // the planned items are what the next period is to do, not this period's figures
                    printedFigures(s, e, last, section, ties, period, slots, printed);
                }
            }
        }
    }

    /**
     * A total printed with a breakdown of named parts — "06 Hội đồng nghiệm thu (01 xuất sắc, 04 khá, 01 đạt)", "05 nhiệm vụ
     * gồm 03 cấp tỉnh, 02 cấp cơ sở" — whose parts do not add up to it. A breakdown is two parts or more, each a number then
     * a word; a parenthesis is one only when all of it is parts (not "(trong đó, …)", "(số lượng …)"), a "gồm" list runs
     * while its items are parts (a comma inside a part's name, "21 dự án, đề tài cấp tỉnh", is allowed).
     */
    private void partsSum(int s, int e, boolean last, String section, String anchor, Map<String, Unit> slots, List<TextFinding> out) {
        String t = text.substring(s, e);
        for (int p = t.indexOf('('); p >= 0; p = t.indexOf('(', p + 1)) {
            int close = Breakdowns.closing(t, p);
            if (close < 0) {
                continue;
            }
            List<long[]> parts = Breakdowns.parts(t, p + 1, close, true);
            if (parts.size() >= 2) {
                compare(t, Breakdowns.total(t, p), parts, s, e, last, section, anchor, slots, out);
            }
        }
        Matcher g = Breakdowns.INCLUDES.matcher(t);
        while (g.find()) {
            List<long[]> parts = Breakdowns.parts(t, g.end(), t.length(), false);
            if (parts.size() >= 2) {
                int before = g.start();
                compare(t, Breakdowns.total(t, before), parts, s, e, last, section, anchor, slots, out);
            }
        }
    }

    private void compare(String t, long[] total, List<long[]> parts, int s, int e, boolean last, String section, String anchor,
                         Map<String, Unit> slots, List<TextFinding> out) {
        if (total == null) {
            return;
        }
        long sum = parts.stream().mapToLong(x -> x[0]).sum();
        if (sum == total[0]) {
            return;
        }
        int at = s + (int) total[1];
        // the unit that typed the total or a part owes the fix; a template's own sentence: the office
        int typed = slotAt(at) != null ? at : parts.stream().mapToInt(x -> s + (int) x[1]).filter(x -> slotAt(x) != null).findFirst().orElse(at);
        Unit u = owner(typed, slots);
        String shown = shown(s, e, last, at);
        String addends = String.join(" + ", parts.stream().map(x -> t.substring((int) x[1], (int) x[2])).toList());
        out.add(new TextFinding(TextFinding.PARTS_SUM, section, u, anchorAt(typed, anchor), shown,
                "Mục \"" + section + "\": câu «" + shown + "» in tổng \"" + t.substring((int) total[1], (int) total[2]) + "\" nhưng các phần ("
                        + addends + ") cộng lại là " + Formats.count(sum) + " – " + u.label() + " cần xem lại."));
    }

    /**
     * Every "N noun" of a noun some section ties, with the figure it stands for: the tie's expression when a tie of the
     * noun is computed for the same period, else the noun; the period is the printed figure's, else the paragraph's.
     * A number typed in a narrative of the noun's own tied section is left to {@link #typedFigures}.
     */
    private void printedFigures(int s, int e, boolean last, String section, List<TextMarks.Tie> ties, String period,
                                Map<String, Unit> slots, List<TextChecks.Printed> printed) {
        for (String noun : nouns) {
            Matcher m = TextChecks.counted(noun).matcher(text.substring(s, e));
            while (m.find()) {
                int at = s + m.start(1);
                String slot = slotAt(at);
                if (slot != null && ties.stream().anyMatch(t -> t.noun().equalsIgnoreCase(noun))) {
                    continue;
                }
                String p = figures.stream().filter(f -> at >= f.start() && at < f.end()).map(Mark::what).findFirst().orElse(period);
                String key = allTies.stream().filter(t -> t.noun().equalsIgnoreCase(noun) && p.equals(t.period())).map(t -> "expr:" + t.expr())
                        .findFirst().orElse("noun:" + noun.toLowerCase(java.util.Locale.ROOT)) + "@" + p;
                Unit u = slot == null ? Unit.OFFICE : slots.getOrDefault(slot, Unit.OFFICE);
                printed.add(new TextChecks.Printed(key, Long.parseLong(m.group(1).replace(".", "")), m.group().strip(), section, shown(s, e, last, at), u,
                        slot == null ? null : "slot-" + slot));
            }
        }
    }

    private void typedFigures(TextMarks.Tie t, int s, int e, boolean last, String section, Map<String, Unit> slots, List<TextFinding> out) {
        if (t.value() == null) {
            return;
        }
        Matcher m = TextChecks.counted(t.noun()).matcher(text.substring(s, e));
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
                sb.append(TextChecks.GAP);
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
