package vn.gov.khcn.shared.web;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A grouped bar chart as inline SVG markup, made on the server (no script: the pages' CSP allows none inline): one
 * group per category (the months), one bar per series (this year, the previous year), a scale of four steps. The
 * chart is an image with a title; its numbers go in a table beside it for screen readers.
 */
public final class SvgBars {
    /** The series' fill colours, in order (this year, previous year). */
    public static final List<String> COLOURS = List.of("#0b5cad", "#9bb3cc");
    static final int WIDTH = 480;
    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int BOTTOM = 30;
    static final int TOP = 12;

    private SvgBars() {
    }

    /** One series: its name and a value per category (null: not yet, no bar). */
    public record Series(String name, List<Long> values) {
    }

    /**
     * The chart's markup: {@code title} is its accessible name, {@code categories} label the groups, every series has
     * a value per category.
     */
    public static String render(String title, List<String> categories, List<Series> series) {
        long max = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
        long step = niceStep(max);
        long top = step * 4;
        int plotW = WIDTH - LEFT - 8;
        int plotH = HEIGHT - TOP - BOTTOM;
        double groupW = (double) plotW / Math.max(1, categories.size());
        double barW = groupW * 0.8 / Math.max(1, series.size());
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\"><title>").append(esc(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotH - (double) plotH * i / 4;
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 8).append("\" y1=\"").append(fmt(y)).append("\" y2=\"")
                    .append(fmt(y)).append("\" stroke=\"#d6dde6\"/>");
            sb.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#5b6878\">")
                    .append(vn.gov.khcn.shared.Formats.number(step * i)).append("</text>");
        }
        for (int c = 0; c < categories.size(); c++) {
            double gx = LEFT + groupW * c + groupW * 0.1;
            for (int s = 0; s < series.size(); s++) {
                Long v = series.get(s).values().get(c);
                if (v == null) {
                    continue;
                }
                double h = top == 0 ? 0 : (double) plotH * v / top;
                sb.append("<rect x=\"").append(fmt(gx + barW * s)).append("\" y=\"").append(fmt(TOP + plotH - h)).append("\" width=\"")
                        .append(fmt(barW)).append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(COLOURS.get(s % COLOURS.size()))
                        .append("\"><title>").append(esc(series.get(s).name() + ", " + categories.get(c) + ": "
                                + vn.gov.khcn.shared.Formats.number(v))).append("</title></rect>");
            }
            sb.append("<text x=\"").append(fmt(LEFT + groupW * c + groupW / 2)).append("\" y=\"").append(HEIGHT - 9)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#5b6878\">").append(esc(categories.get(c))).append("</text>");
        }
        sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 8).append("\" y1=\"").append(TOP + plotH).append("\" y2=\"")
                .append(TOP + plotH).append("\" stroke=\"#1d2733\"/>");
        return sb.append("</svg>").toString();
    }

    /** A step of 1, 2 or 5 times a power of ten such that four steps reach {@code max}. */
    static long niceStep(long max) {
        if (max <= 4) {
            return 1;
        }
        double raw = max / 4.0;
        long pow = (long) Math.pow(10, Math.floor(Math.log10(raw)));
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * pow >= raw) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
