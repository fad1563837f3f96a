package vn.gov.khcn.documents;

import java.time.LocalDate;

/** What a form or an API call sends to register or correct a document. The type follows from the symbol unless given. */
public record DocumentCommand(String numberSymbol, DocumentType type, LocalDate issuedOn, String issuer, String summary,
                              Integer version) {
}
