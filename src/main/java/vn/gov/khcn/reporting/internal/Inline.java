package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import vn.gov.khcn.shared.DomainException;

/**
 * The inline part of the template language: text, {@code **bold**}, {@code *italic*}, placeholders
 * {@code {…}}, footnotes {@code ^{…}}, inline narrative slots {@code [[narrative:slot|UNIT]]}, and
 * backslash escapes.
 *
 * <p>What people write into a report is text, not template: a narrative may use only bold, italic and
 * footnotes {@code ^{detail: …}} ({@link Language#NARRATIVE}); a planned item may also print figures
 * {@code {…}} ({@link Language#PLANNED}). Neither can include a narrative, so nothing a report holds can
 * include itself. Nesting is bounded by {@link #MAX_NESTING} in every language.
 */
public sealed interface Inline permits Inline.Lit, Inline.Styled, Inline.Ph, Inline.Fn, Inline.Narr, Inline.Cond {
    /** How many bold, italic and footnote spans may nest inside one another. */
    int MAX_NESTING = 8;

    /** What a piece of text may use. */
    enum Language {
        /** A template: everything. */
        TEMPLATE,
        /** A planned item: text, bold, italic, footnotes {@code ^{detail: …}} and figures {@code {…}}. */
        PLANNED,
        /** A narrative: text, bold, italic and footnotes {@code ^{detail: …}}. */
        NARRATIVE
    }

    record Lit(String text) implements Inline {
    }

    record Styled(boolean bold, List<Inline> body) implements Inline {
    }

    record Ph(String expr) implements Inline {
    }

    record Fn(String expr, List<Inline> body) implements Inline {
    }

    record Narr(String slot) implements Inline {
    }

    /**
     * A zero clause {@code ?{figure: text}} or {@code ?{figure: text | wording if zero}}: the text prints when the
     * figure is not zero; otherwise the wording after "|" (or nothing). Templates only.
     */
    record Cond(String expr, List<Inline> body, List<Inline> otherwise) implements Inline {
    }

    /** Parses one line of a template; a syntax error is a DomainException with a Vietnamese message. */
    static List<Inline> parse(String s) {
        return new Parser(s, Language.TEMPLATE, true, 0).parse(null);
    }

    /** Checks a narrative line or planned item as it is saved: syntax its language does not allow is refused in Vietnamese. */
    static void check(String s, Language language) {
        new Parser(s, language, true, 0).parse(null);
    }

    /**
     * Parses stored text (a narrative line, a planned item) for printing. Syntax its language does not allow
     * prints as it is written; a line that does not parse at all (a marker never closed, nesting too deep)
     * prints whole, as it is written. Never throws: a report cannot be broken by what is written into it.
     */
    static List<Inline> parseText(String s, Language language) {
        try {
            return new Parser(s, language, false, 0).parse(null);
        } catch (DomainException e) {
            return s == null || s.isEmpty() ? List.of() : List.of(new Lit(s));
        }
    }

    final class Parser {
        private final String s;
        private final Language language;
        private final boolean refuse;
        private int nesting;
        private int i;

        Parser(String s, Language language, boolean refuse, int nesting) {
            this.s = s == null ? "" : s;
            this.language = language;
            this.refuse = refuse;
            this.nesting = nesting;
        }

        List<Inline> parse(String until) {
            List<Inline> out = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            while (i < s.length()) {
                if (until != null && s.startsWith(until, i) && !(until.equals("*") && s.startsWith("**", i))) {
                    i += until.length();
                    flush(lit, out);
                    return out;
                }
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    lit.append(s.charAt(i + 1));
                    i += 2;
                } else if (s.startsWith("**", i)) {
                    flush(lit, out);
                    i += 2;
                    out.add(new Styled(true, nested("**")));
                } else if (c == '*') {
                    flush(lit, out);
                    i += 1;
                    out.add(new Styled(false, nested("*")));
                } else if (s.startsWith("^{", i)) {
                    int at = i;
                    i += 2;
                    String inner = braced();
                    if (inner.startsWith("detail:")) {
                        flush(lit, out);
                        enter();
                        out.add(new Fn("detail", new Parser(inner.substring(7).strip(), language, refuse, nesting).parse(null)));
                        nesting--;
                    } else if (language == Language.TEMPLATE) {
                        flush(lit, out);
                        out.add(new Fn(inner.strip(), List.of()));
                    } else {
                        notAllowed(at, "Chỉ dùng được chú thích ^{detail: …} ở đây, không dùng ^{" + abbreviate(inner) + "}.");
                        lit.append(s, at, i);
                    }
                } else if (s.startsWith("?{", i) && language == Language.TEMPLATE) {
                    flush(lit, out);
                    i += 2;
                    out.add(clause(braced()));
                } else if (c == '{') {
                    if (language == Language.NARRATIVE) {
                        notAllowed(i, "Phần viết là văn bản: không đặt được số liệu {…} (số liệu đặt trong mẫu báo cáo). "
                                + "Muốn in dấu { thì viết \\{.");
                        lit.append(c);
                        i++;
                    } else {
                        flush(lit, out);
                        i += 1;
                        out.add(new Ph(braced().strip()));
                    }
                } else if (s.startsWith("[[narrative:", i)) {
                    if (language != Language.TEMPLATE) {
                        notAllowed(i, "Phần viết là văn bản: không chèn được mục khác bằng [[narrative:…]].");
                        lit.append("[[");
                        i += 2;
                        continue;
                    }
                    int end = s.indexOf("]]", i);
                    if (end < 0) {
                        throw new DomainException("source", "Thiếu \"]]\" sau [[narrative: ở vị trí " + i + ".");
                    }
                    String spec = s.substring(i + 12, end);
                    int bar = spec.indexOf('|');
                    flush(lit, out);
                    out.add(new Narr(bar < 0 ? spec : spec.substring(0, bar)));
                    i = end + 2;
                } else {
                    lit.append(c);
                    i++;
                }
            }
            if (until != null) {
                throw new DomainException("source", "Thiếu dấu đóng \"" + until + "\" trong: " + abbreviate(s));
            }
            flush(lit, out);
            return out;
        }

        /** The inside of {@code ?{figure: text | otherwise}}. */
        private Cond clause(String inner) {
            int colon = topLevel(inner, ':');
            String expr = colon < 0 ? "" : inner.substring(0, colon).strip();
            if (expr.isEmpty() || expr.contains(" ") || expr.contains("{")) {
                throw new DomainException("source", "Mệnh đề ?{…} cần dạng \"?{mã chỉ tiêu: câu in khi khác 0 | câu in khi bằng 0}\": "
                        + abbreviate(inner));
            }
            // one space after ":" and around "|" is layout; any other space is text ("?{x: A, }B" keeps the space before B)
            String rest = inner.substring(colon + 1);
            int bar = topLevel(rest, '|');
            String text = bar < 0 ? rest : rest.substring(0, bar);
            text = text.startsWith(" ") ? text.substring(1) : text;
            text = bar >= 0 && text.endsWith(" ") ? text.substring(0, text.length() - 1) : text;
            String zero = bar < 0 ? null : rest.substring(bar + 1);
            zero = zero != null && zero.startsWith(" ") ? zero.substring(1) : zero;
            enter();
            List<Inline> body = new Parser(text, language, refuse, nesting).parse(null);
            List<Inline> otherwise = zero == null ? null : new Parser(zero, language, refuse, nesting).parse(null);
            nesting--;
            return new Cond(expr, body, otherwise);
        }

        /** The first {@code c} outside braces and not escaped; -1 if none. */
        private static int topLevel(String t, char c) {
            int depth = 0;
            for (int k = 0; k < t.length(); k++) {
                char x = t.charAt(k);
                if (x == '\\') {
                    k++;
                } else if (t.startsWith("[[", k) && t.indexOf("]]", k) > 0) {
                    k = t.indexOf("]]", k) + 1;
                } else if (x == '{') {
                    depth++;
                } else if (x == '}') {
                    depth--;
                } else if (x == c && depth == 0) {
                    return k;
                }
            }
            return -1;
        }

        private List<Inline> nested(String until) {
            enter();
            List<Inline> body = parse(until);
            nesting--;
            return body;
        }

        private void enter() {
            if (++nesting > MAX_NESTING) {
                throw new DomainException("source", "Chữ đậm **, nghiêng * và chú thích ^{…} lồng nhau quá " + MAX_NESTING
                        + " cấp trong: " + abbreviate(s));
            }
        }

        private void notAllowed(int at, String message) {
            if (refuse) {
                throw new DomainException("source", message + " (vị trí " + (at + 1) + ")");
            }
        }

        /** The text up to the matching close brace (nested braces allowed); i ends after it. */
        private String braced() {
            int depth = 1;
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth == 0) {
                        i++;
                        return s.substring(start, i - 1);
                    }
                }
                i++;
            }
            throw new DomainException("source", "Thiếu dấu \"}\" trong: " + abbreviate(s));
        }

        private static String abbreviate(String t) {
            return t.length() > 80 ? t.substring(0, 80) + "…" : t;
        }

        private static void flush(StringBuilder lit, List<Inline> out) {
            if (!lit.isEmpty()) {
                out.add(new Lit(lit.toString()));
                lit.setLength(0);
            }
        }
    }
}
