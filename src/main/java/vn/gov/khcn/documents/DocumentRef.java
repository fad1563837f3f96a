package vn.gov.khcn.documents;

import java.time.LocalDate;

/** A citation of a document, as other areas carry it. */
public record DocumentRef(long id, String numberSymbol, LocalDate issuedOn, String citation) {
}
