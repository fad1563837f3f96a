package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a printed sentence lists a total's parts — "06 Hội đồng nghiệm thu (01 xuất sắc, 04 khá, 01 đạt)", "05 nhiệm vụ,
 * gồm 03 cấp tỉnh, 02 cấp cơ sở" — found in the plain text, for {@link TextChecks}' printed-parts-sum. Positions are
 * {value, start, end} in the sentence.
 */
final class Breakdowns {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** A count: a number, then a word. */
    private static final Pattern COUNT = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+\\p{L}", FLAGS);
    /** What may stand before a count (not a date's "/", a code's ":" or "-", a figure's "." or ","). */
    private static final Pattern BEFORE_COUNT = Pattern.compile("[^\\p{L}\\p{N}.,/:\\-]", FLAGS);
    /** "gồm", "gồm có", "bao gồm", with a colon or not, before a list of parts. */
    static final Pattern INCLUDES = Pattern.compile("(?<![\\p{L}])(?:bao\\s+)?gồm(?:\\s+có)?\\s*:?\\s*", FLAGS);

    private Breakdowns() {
    }

    /** The number a breakdown starting at {@code at} counts: the last one before it, a noun after it, no other digit between. */
    static long[] total(String t, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isDigit(t.charAt(i))) {
            char c = t.charAt(i);
            if (c == '(' || c == ')' || c == ';') {
                return null;
            }
            i--;
        }
        if (i < 0) {
            return null;
        }
        int end = i + 1;
        int start = end;
        while (start > 0 && (Character.isDigit(t.charAt(start - 1)) || (t.charAt(start - 1) == '.' && start > 1 && Character.isDigit(t.charAt(start - 2))))) {
            start--;
        }
        Matcher m = COUNT.matcher(t);
        m.region(start, t.length());
        // what it counts is named between it and its parts ("06 Hội đồng (…)"), never the list's own "gồm" ("năm 2022 gồm …")
        boolean named = t.substring(end, at).chars().anyMatch(Character::isLetter);
        if (!named || !m.lookingAt() || m.end(1) != end || (start > 0 && !BEFORE_COUNT.matcher(String.valueOf(t.charAt(start - 1))).matches())) {
            return null;
        }
        return new long[] {Long.parseLong(m.group(1).replace(".", "")), start, end};
    }

    /**
     * The parts listed from {@code from} to {@code to}, each {value, start, end}: items split at ",", ";" and " và " outside
     * parentheses. {@code whole}: every item must be a part or continue a part's name (no digit), else none is.
     */
    static List<long[]> parts(String t, int from, int to, boolean whole) {
        List<long[]> out = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to;
            if (!end) {
                char c = t.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        end = true;
                    } else {
                        depth--;
                    }
                }
                boolean sep = depth == 0 && (c == ',' || c == ';' || t.startsWith(" và ", i));
                if (!end && !sep) {
                    continue;
                }
            }
            int s = start;
            while (s < i && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            Matcher m = COUNT.matcher(t);
            m.region(s, i);
            if (m.lookingAt()) {
                out.add(new long[] {Long.parseLong(m.group(1).replace(".", "")), m.start(1), m.end(1)});
            } else if (out.isEmpty() || t.substring(s, i).chars().anyMatch(Character::isDigit)) {
                if (whole || out.isEmpty()) {
                    return List.of();
                }
                return out;
            }
            if (end) {
                break;
            }
            start = t.startsWith(" và ", i) ? i + 4 : i + 1;
            i = start - 1;
        }
        return out;
    }

    static int closing(String t, int open) {
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            if (t.charAt(i) == '(') {
                depth++;
            } else if (t.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
