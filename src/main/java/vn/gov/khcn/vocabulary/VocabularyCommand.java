package vn.gov.khcn.vocabulary;

/**
 * An entry as a form or the API sends it. {@code code}: blank on a new entry makes one from the label, and a saved
 * entry's code does not change; {@code position}: its place (blank: after the last); {@code version}: the version
 * read, required to change a saved entry; {@code reason}: why (kept in the audit trail).
 */
public record VocabularyCommand(VocabularyList list, String code, String label, Integer position, Boolean retired, Boolean passing,
                                Integer intervalMonths, Integer version, String reason) {
    /** A new entry at the end of its list. */
    public static VocabularyCommand of(VocabularyList list, String code, String label, Boolean passing, Integer intervalMonths) {
        return new VocabularyCommand(list, code, label, null, false, passing, intervalMonths, null, null);
    }
}
