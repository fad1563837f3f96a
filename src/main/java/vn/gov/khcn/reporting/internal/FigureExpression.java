package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.shared.Formats;

/**
 * A figure placeholder of a template ({@code {code}}, {@code {code.parts}}, {@code {code.by.dim.key}},
 * {@code {code.names}}…): the indicator it names and what of it to print.
 */
record FigureExpression(String code, String what, String dim, String key, boolean lower) {
    private static final String MISSING = TemplateRenderer.MISSING;
    private static final Pattern PART_WITH_UNIT = Pattern.compile("(.+) \\(([^()]+)\\)");

    /** A figure expression and its period: "code@ytd" names its own, else the section's. */
    record At(String expr, String period) {
        static At of(String expr, String period) {
            int at = expr.indexOf('@');
            return at < 0 ? new At(expr, period) : new At(expr.substring(0, at), expr.substring(at + 1));
        }
    }

    static FigureExpression parse(String expr, boolean lower) {
        for (String suffix : List.of(".names.commas", ".names.count", ".names", ".parts")) {
            if (expr.endsWith(suffix)) {
                return new FigureExpression(expr.substring(0, expr.length() - suffix.length()), suffix.substring(1), null, null, lower);
            }
        }
        int by = expr.indexOf(".by.");
        if (by >= 0) {
            String rest = expr.substring(by + 4);
            int dot = rest.indexOf('.');
            if (dot > 0) {
                return new FigureExpression(expr.substring(0, by), "part", rest.substring(0, dot), rest.substring(dot + 1), lower);
            }
        }
        return new FigureExpression(expr, "value", null, null, lower);
    }

    /** The number the figure prints, for a tie: its value, a part (or sum of parts), the count of its names. */
    Long number(IndicatorValue v) {
        return switch (what) {
            case "names.count" -> (long) v.names().size();
            case "part" -> {
                long sum = 0;
                for (String k : key.split("\\+")) {
                    sum += v.part(dim, k.strip());
                }
                yield sum;
            }
            case "value" -> v.value();
            default -> null;
        };
    }

    private List<String> names(List<String> names) {
        return lower ? names.stream().map(FigureExpression::lowerFirst).toList() : names;
    }

    String format(IndicatorValue v) {
        return switch (what) {
            case "names" -> join(names(v.names()), true);
            case "names.commas" -> join(names(v.names()), false);
            case "names.count" -> Formats.count(v.names().size());
            case "parts" -> parts(v, lower);
            case "part" -> {
                long sum = 0;
                for (String k : key.split("\\+")) {
                    sum += v.part(dim, k.strip());
                }
                yield Formats.count(sum);
            }
            default -> v.value() == null ? MISSING : Formats.count(v.value());
        };
    }

    private static String parts(IndicatorValue v, boolean lower) {
        if (v.by().isEmpty()) {
            return MISSING;
        }
        List<String> items = new ArrayList<>();
        v.by().values().iterator().next().forEach((k, n) -> {
            Matcher m = PART_WITH_UNIT.matcher(k);
            String name = m.matches() ? m.group(1) : k;
            name = lower ? lowerFirst(name) : name;
            items.add(m.matches() ? Formats.count(n) + " " + m.group(2) + " " + name : Formats.count(n) + " " + name);
        });
        return join(items, true);
    }

    static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** "A, B và C" (or "A, B, C"). */
    static String join(List<String> names, boolean and) {
        if (names.isEmpty()) {
            return MISSING;
        }
        if (!and || names.size() == 1) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " và " + names.get(names.size() - 1);
    }
}
