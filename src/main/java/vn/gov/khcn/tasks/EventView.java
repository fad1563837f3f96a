package vn.gov.khcn.tasks;

import java.util.List;
import vn.gov.khcn.documents.DocumentRef;

/** An event as a page shows it: with the documents cited, the recipients' names, the rating's label and whether it was voided. */
public record EventView(TaskEvent event, List<DocumentRef> documents, List<String> recipients, String ratingLabel,
                        boolean voided) {
}
