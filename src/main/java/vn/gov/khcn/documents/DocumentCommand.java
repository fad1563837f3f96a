package vn.gov.khcn.documents;

import java.time.LocalDate;

/**
 * A document as a form or the API sends it to register or correct it. The type follows from the symbol unless
 * given. {@code version}: the version read, required to correct a registered document. Reports cite documents,
 * they do not count them: the register is not held by an issued report's period, so no reason is asked.
 */
public record DocumentCommand(String numberSymbol, DocumentType type, LocalDate issuedOn, String issuer, String summary,
                              Integer version) {
    /** A document to register (no version). */
    public static DocumentCommand of(String numberSymbol, DocumentType type, LocalDate issuedOn, String issuer, String summary) {
        return new DocumentCommand(numberSymbol, type, issuedOn, issuer, summary, null);
    }
}
