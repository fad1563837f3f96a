package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.khcn.reporting.RenderedReport.Span;

/**
 * What the renderer knows about the spans it printed and the text checks need (never stored): which spans a narrative
 * wrote (by identity, slot), which mark a narrative not yet written, which placeholders printed nothing, and where the
 * template ties a counted noun to a figure ({@code @tie}).
 */
public final class TextMarks {
    final Map<Span, String> narrative = new IdentityHashMap<>();
    final Map<Span, String> unwritten = new IdentityHashMap<>();
    final Map<Span, String> emptyPlaceholder = new IdentityHashMap<>();
    final List<Tie> ties = new ArrayList<>();
    /** The period ("month", "ytd") each block was rendered in, by block index. */
    final Map<Integer, String> periods = new java.util.HashMap<>();

    /**
     * A tie declared before block {@code block}: "N noun" typed in a narrative of that section must read the figure's
     * value; the figure is computed for {@code period}.
     */
    public record Tie(int block, String noun, String expr, Long value, String period) {
        public Tie(int block, String noun, String expr, Long value) {
            this(block, noun, expr, value, null);
        }
    }

    public static TextMarks none() {
        return new TextMarks();
    }
}
