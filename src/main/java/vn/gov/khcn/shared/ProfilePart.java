package vn.gov.khcn.shared;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One part of the department profile (the file one department hands its set-up to another with): the area that keeps
 * the part writes it out and loads it back. An area contributes a part as a bean; the profile knows none of them.
 */
public interface ProfilePart {
    /** The part's key in the file ("settings", "vocabularies"…); never changes once released. */
    String key();

    /** The part as a user reads it ("Thiết lập của Sở"): in messages and on the profile page. */
    String label();

    /** Where the part comes in the file and is loaded: settings first, templates last. */
    int order();

    /** The part as it is now. */
    JsonNode export();

    /**
     * Loads the part into this installation, through the area's own façade (validated, audited); a part it cannot
     * load is refused with a {@link DomainException}. Returns what it loaded, one line a change, in Vietnamese.
     */
    List<String> load(JsonNode part);
}
