package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import vn.gov.khcn.shared.DomainException;

/**
 * The inline part of the template language: text, {@code **bold**}, {@code *italic*}, placeholders
 * {@code {…}}, footnotes {@code ^{…}}, inline narrative slots {@code [[narrative:slot|UNIT]]}, and
 * backslash escapes.
 */
public sealed interface Inline permits Inline.Lit, Inline.Styled, Inline.Ph, Inline.Fn, Inline.Narr {

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

    /** Parses one line of inline text; a syntax error is a DomainException with a Vietnamese message. */
    static List<Inline> parse(String s) {
        return new Parser(s).parse(null);
    }

    final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s == null ? "" : s;
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
                    out.add(new Styled(true, parse("**")));
                } else if (c == '*') {
                    flush(lit, out);
                    i += 1;
                    out.add(new Styled(false, parse("*")));
                } else if (s.startsWith("^{", i)) {
                    flush(lit, out);
                    i += 2;
                    String inner = braced();
                    if (inner.startsWith("detail:")) {
                        out.add(new Fn("detail", Inline.parse(inner.substring(7).strip())));
                    } else {
                        out.add(new Fn(inner.strip(), List.of()));
                    }
                } else if (c == '{') {
                    flush(lit, out);
                    i += 1;
                    out.add(new Ph(braced().strip()));
                } else if (s.startsWith("[[narrative:", i)) {
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
                throw new DomainException("source", "Thiếu dấu đóng \"" + until + "\" trong: " + abbreviate());
            }
            flush(lit, out);
            return out;
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
            throw new DomainException("source", "Thiếu dấu \"}\" trong: " + abbreviate());
        }

        private String abbreviate() {
            return s.length() > 80 ? s.substring(0, 80) + "…" : s;
        }

        private static void flush(StringBuilder lit, List<Inline> out) {
            if (!lit.isEmpty()) {
                out.add(new Lit(lit.toString()));
                lit.setLength(0);
            }
        }
    }
}
