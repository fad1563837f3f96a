package vn.gov.khcn.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A plan term of a placeholder or a zero clause: {@code figure|plan} (the year's plan of the figure),
 * {@code figure|percent} (the figure as a share of the plan) or {@code figure|remaining} (what is left of the plan).
 * The figure is any number a placeholder prints: "code", "code.by.DIM.KEY", "code.by.DIM.K1+K2", with its
 * {@code @period}.
 */
record PlanTerm(String figure, String what) {
    private static final List<String> WHATS = List.of("plan", "percent", "remaining");

    /** The term of an expression, or null when it is not one. */
    static PlanTerm of(String expr) {
        int bar = expr.lastIndexOf('|');
        if (bar < 0) {
            return null;
        }
        String what = expr.substring(bar + 1).strip();
        return WHATS.contains(what) ? new PlanTerm(expr.substring(0, bar).strip(), what) : null;
    }

    /**
     * The share of the plan reached, in Vietnamese notation: rounded half up to one decimal, the decimal comma, no ",0":
     * 12 of 15 is "80%", 10 of 12 "83,3%", 1 of 3 "33,3%", 2 of 3 "66,7%".
     */
    static String percent(long done, long plan) {
        BigDecimal p = BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(plan), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String s = p.scale() < 0 ? p.setScale(0).toPlainString() : p.toPlainString();
        return s.replace('.', ',') + "%";
    }
}
