package vn.gov.khcn.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.function.Function;

/**
 * A value records store by its code: an entry of a vocabulary kept as data (a task level, an inspection field…).
 * Query parameters and typed inputs bind it as its code, as they bind an enum as its name; JSON holds the code.
 */
public interface Code {
    /** The code, as typed or stored. */
    String code();

    /** The code, as the column, JSON and the reports' part keys hold it. */
    @JsonValue
    default String name() {
        return code();
    }

    /** A code as a record of a vocabulary takes it: stripped, and never blank ({@code what} names the record in the error). */
    static String checked(String code, String what) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(what + " needs a code");
        }
        return code.strip();
    }

    /** The value {@code make} builds of a code as JSON, a form, a column or a query parameter sends it; none for a blank code. */
    static <C extends Code> C of(String code, Function<String, C> make) {
        return code == null || code.isBlank() ? null : make.apply(code);
    }
}
