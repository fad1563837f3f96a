package vn.gov.khcn.shared.web;

import java.util.Optional;

/**
 * Words for a code that records store and pages would otherwise show as it is (an indicator's code, stored in a
 * plan, by the indicator's name). The module that owns the codes contributes a bean; pages ask every one.
 */
public interface CodeWords {
    /** The words for {@code code}, or none when the code is not one of this module's. */
    Optional<String> words(String code);
}
