package vn.gov.khcn.exchange.spi;

import java.util.List;
import vn.gov.khcn.shared.DomainException;

/**
 * The errors a writer finds only once it has every row (rows checked together, e.g. a task's events in date order):
 * thrown from {@link RowWriter#finish}, each error naming its row and column; the engine reports them as it reports a
 * bad cell, with the sheet's name, and the file is refused.
 */
public class RowErrors extends DomainException {
    /**
     * One row's error: the column it is about (null: the row as a whole), the value found and what was expected
     * (a bad value), or with {@code found} null the register rule the row breaks, in a sentence.
     */
    public record Problem(int row, Column column, String found, String expected, boolean rule) {
        /** A value of the column that is not accepted: what was found and what is expected. */
        public static Problem value(int row, Column column, String found, String expected) {
            return new Problem(row, column, found, expected, false);
        }

        /** A register rule the row breaks, about {@code column} (null: the row as a whole), in a sentence. */
        public static Problem rule(int row, Column column, String message) {
            return new Problem(row, column, null, message, true);
        }
    }

    private final List<Problem> problems;

    public RowErrors(List<Problem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).expected());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
