package vn.gov.khcn.technology.internal;

import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.ImportContext;

/** The look-ups the technology sheets share: a document named by its citation, once per import. */
final class TechnologyLookups {
    private TechnologyLookups() {
    }

    /** The id of the document {@code citation} names (null for a blank cell), or the row's Vietnamese error for {@code field}. */
    static Long document(ImportContext context, Documents documents, String citation, String field, String role) {
        return context.get("document", citation, () -> documents.requireReferenced(citation, field, role).id());
    }
}
