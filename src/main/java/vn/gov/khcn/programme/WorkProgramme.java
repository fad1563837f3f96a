package vn.gov.khcn.programme;

import vn.gov.khcn.documents.DocumentRef;

/** The provincial People's Committee's work programme of one month (YYYY-MM), issued by a document. */
public record WorkProgramme(long id, String month, DocumentRef document, int version) {
}
