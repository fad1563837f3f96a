package vn.gov.khcn.vocabulary;

/**
 * One entry of a list: its code (what records store, never changed once saved), its label as it prints, its place in
 * the list, whether it is retired (hidden from pickers, still shown on the records that have it), and the list's own
 * attributes ({@code passing} of a rating, {@code intervalMonths} of an instrument type; null for other lists).
 */
public record VocabularyEntry(long id, VocabularyList list, String code, String label, int position, boolean retired, Boolean passing,
                              Integer intervalMonths, int version) {

    /** A passing rating (false for an entry of a list without the attribute). */
    public boolean isPassing() {
        return Boolean.TRUE.equals(passing);
    }
}
