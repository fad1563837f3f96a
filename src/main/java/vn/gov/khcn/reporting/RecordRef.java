package vn.gov.khcn.reporting;

import java.util.List;
import vn.gov.khcn.documents.DocumentRef;

/**
 * One record behind a figure: what it is, its id, a label to show, the page that shows it, and for
 * sentences that list records one by one (programme items, drafts…) a detail text and the documents
 * it cites.
 */
public record RecordRef(String type, long id, String label, String href, String detail, List<DocumentRef> citations) {
    public RecordRef {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public RecordRef(String type, long id, String label, String href) {
        this(type, id, label, href, null, List.of());
    }
}
