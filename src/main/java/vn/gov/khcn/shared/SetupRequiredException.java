package vn.gov.khcn.shared;

import java.util.List;

/**
 * Refused because the department has not finished setting itself up: {@code missing} names what is still empty
 * (Vietnamese labels), the message says where to fill it in. The API answers 409 with the list.
 */
public class SetupRequiredException extends DomainException {
    private final List<String> missing;

    public SetupRequiredException(String message, List<String> missing) {
        super("settings", message);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
