package vn.gov.khcn.reporting;

import vn.gov.khcn.shared.Unit;

/**
 * Something in a report's text that stops it being submitted or issued: a narrative not written, a sentence that would
 * print an empty reference, a figure typed in a narrative that the computed one contradicts. It names the section (its
 * Vietnamese heading), the unit that owes the fix, the sentence, and where to fix it ({@code anchor}: "slot-…" for a
 * narrative's form, "planned" for the planned items, null for the template).
 */
public record TextFinding(String rule, String section, Unit unit, String anchor, String sentence, String message) {
    public static final String NARRATIVE_WRITTEN = "narrative-written";
    public static final String NO_EMPTY_REFERENCE = "no-empty-reference";
    public static final String TYPED_FIGURE = "typed-figure-matches";
}
