package vn.gov.khcn.shared;

/** A business rule was broken. The message is Vietnamese and is shown to the user as it is. */
public class DomainException extends RuntimeException {
    private final String field;

    public DomainException(String message) {
        this(null, message);
    }

    public DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the rule is about, or null. */
    public String field() {
        return field;
    }
}
