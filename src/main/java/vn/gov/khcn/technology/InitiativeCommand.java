package vn.gov.khcn.technology;

/**
 * An initiative recognised in a round, as a form or the API sends it. {@code version}: the version read, required to
 * correct a saved initiative.
 */
public record InitiativeCommand(Long roundId, String title, String authors, String unitName, Integer version) {
    /** A new initiative of the round. */
    public static InitiativeCommand of(Long roundId, String title, String authors, String unitName) {
        return new InitiativeCommand(roundId, title, authors, unitName, null);
    }
}
