package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.shared.Formats;

/**
 * A figure placeholder of a template ({@code {code}}, {@code {code.parts}}, {@code {code.by.dim.key}},
 * {@code {code.names}}, {@code {code.by.dim}}, {@code {code.by.dim: noun}}…): the indicator it names and
 * what of it to print. {@code {code.by.dim}} is the whole breakdown: every part with records, as "NN label"
 * (the label from the indicator's vocabulary, lower-case first), joined "A, B và C" ({@code .commas}: "A, B, C");
 * {@code {code.by.dim.~K1+K2}} is the same without the parts named.
 */
record FigureExpression(String code, String what, String dim, String key, boolean lower, String noun, boolean commas) {
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
        String noun = "";
        int colon = expr.indexOf(':');
        if (colon >= 0) {
            noun = expr.substring(colon + 1).strip();
            expr = expr.substring(0, colon).strip();
        }
        for (String suffix : List.of(".parts.names", ".names.commas", ".names.count", ".names", ".parts")) {
            if (expr.endsWith(suffix)) {
                return new FigureExpression(expr.substring(0, expr.length() - suffix.length()), suffix.substring(1), null, null, lower, noun, false);
            }
        }
        int by = expr.indexOf(".by.");
        if (by >= 0) {
            String code = expr.substring(0, by);
            String rest = expr.substring(by + 4);
            boolean commas = rest.endsWith(".commas");
            if (commas) {
                rest = rest.substring(0, rest.length() - 7);
            }
            boolean total = rest.endsWith(".total");
            if (total) {
                rest = rest.substring(0, rest.length() - 6);
            }
            int dot = rest.indexOf('.');
            String what = total ? "breakdown.total" : "breakdown";
            if (dot < 0) {
                return new FigureExpression(code, what, rest, "", lower, noun, commas);
            }
            String key = rest.substring(dot + 1);
            if (key.startsWith("~") || key.matches("[^/~]+/(~.*|\\*)")) {
                return new FigureExpression(code, what, rest.substring(0, dot), key.startsWith("~") ? key.substring(1) : key, lower, noun, commas);
            }
            return new FigureExpression(code, "part", rest.substring(0, dot), key, lower, noun, false);
        }
        return new FigureExpression(expr, "value", null, null, lower, noun, false);
    }

    /**
     * The prefix of a breakdown of a sub-dimension's parts ({@code {code.by.origin/level.NEW/~K1+K2}} or
     * {@code NEW/*}: the parts "NEW/…", keyed by what follows the prefix); empty for a whole breakdown.
     */
    private String prefix() {
        if (key == null) {
            return "";
        }
        int slash = key.indexOf('/');
        return slash >= 0 && (key.startsWith("~", slash + 1) || key.startsWith("*", slash + 1)) ? key.substring(0, slash + 1) : "";
    }

    /** The keys a breakdown leaves out ({@code ~K1+K2}; after a prefix, the keys without it). */
    private Set<String> excluded() {
        Set<String> out = new LinkedHashSet<>();
        String rest = key == null ? "" : key.substring(prefix().length());
        if (rest.startsWith("~")) {
            rest = rest.substring(1);
        }
        if (!rest.isBlank() && !rest.equals("*")) {
            for (String k : rest.split("\\+")) {
                out.add(k.strip());
            }
        }
        return out;
    }

    /**
     * The parts a breakdown prints: keys with records, in the vocabulary's order, then any other key in key order.
     * With a prefix ({@code NEW/~K}) only the keys that start with it, each keyed by what follows it.
     */
    List<Map.Entry<String, Long>> breakdownParts(IndicatorValue v, Map<String, String> labels) {
        Map<String, Long> d = new java.util.LinkedHashMap<>();
        String prefix = prefix();
        v.by().getOrDefault(dim, new java.util.TreeMap<>()).forEach((k, n) -> {
            if (k.startsWith(prefix)) {
                d.put(k.substring(prefix.length()), n);
            }
        });
        Set<String> skip = excluded();
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(labels.keySet());
        keys.addAll(d.keySet());
        for (String k : keys) {
            Long n = d.get(k);
            if (n != null && n > 0 && !skip.contains(k)) {
                out.add(Map.entry(k, n));
            }
        }
        return out;
    }

    /**
     * "NN noun label", the noun left out when the label already begins with it (a level "Nhiệm vụ hợp tác quốc tế"
     * after the noun "nhiệm vụ" prints once: "01 nhiệm vụ hợp tác quốc tế").
     */
    private String part(long n, String label) {
        if (noun.isEmpty()) {
            return Formats.count(n) + " " + label;
        }
        String folded = vn.gov.khcn.shared.VietnameseText.fold(label);
        String nounFolded = vn.gov.khcn.shared.VietnameseText.fold(noun);
        boolean repeats = folded.equals(nounFolded) || folded.startsWith(nounFolded + " ");
        return Formats.count(n) + " " + (repeats ? "" : noun + " ") + label;
    }

    /** Whether the figure is zero: no value, a zero sum, an empty breakdown or no names. Zero clauses test it. */
    boolean zero(IndicatorValue v) {
        if (v == null) {
            return true;
        }
        return switch (what) {
            case "names", "names.commas", "names.count" -> v.names().isEmpty();
            case "parts", "parts.names" -> v.by().isEmpty() || v.by().values().iterator().next().values().stream().allMatch(n -> n == null || n == 0);
            case "breakdown", "breakdown.total" -> breakdownParts(v, Map.of()).isEmpty();
            case "part" -> number(v) == 0;
            default -> v.value() == null ? v.by().values().stream().flatMap(m -> m.values().stream()).allMatch(n -> n == null || n == 0)
                    : v.value() == 0;
        };
    }

    /** The number the figure prints, for a tie: its value, a part (or sum of parts), the count of its names. */
    Long number(IndicatorValue v) {
        return switch (what) {
            case "names.count" -> (long) v.names().size();
            case "breakdown", "breakdown.total" -> breakdownParts(v, Map.of()).stream().mapToLong(Map.Entry::getValue).sum();
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
        return format(v, Map.of());
    }

    /** The text the figure prints; {@code labels} are the breakdown's part labels (key → label). */
    String format(IndicatorValue v, Map<String, String> labels) {
        return switch (what) {
            case "breakdown.total" -> Formats.count(number(v));
            case "breakdown" -> {
                List<String> items = new ArrayList<>();
                for (Map.Entry<String, Long> e : breakdownParts(v, labels)) {
                    String label = labels.containsKey(e.getKey()) ? lowerFirst(labels.get(e.getKey())) : e.getKey();
                    items.add(part(e.getValue(), label));
                }
                yield items.isEmpty() ? "" : join(items, !commas);
            }
            case "names" -> join(names(v.names()), true);
            case "names.commas" -> join(names(v.names()), false);
            case "names.count" -> Formats.count(v.names().size());
            case "parts" -> parts(v, lower);
            case "parts.names" -> partNames(v, lower);
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

    /** The names of the first breakdown's parts with records, without their units: "trà giảo cổ lam và …". */
    private static String partNames(IndicatorValue v, boolean lower) {
        if (v.by().isEmpty()) {
            return MISSING;
        }
        List<String> items = new ArrayList<>();
        v.by().values().iterator().next().forEach((k, n) -> {
            if (n != null && n > 0) {
                Matcher m = PART_WITH_UNIT.matcher(k);
                String name = m.matches() ? m.group(1) : k;
                items.add(lower ? lowerFirst(name) : name);
            }
        });
        return items.isEmpty() ? "" : join(items, true);
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
