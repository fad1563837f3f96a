package vn.gov.khcn.documents;

import java.time.LocalDate;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/**
 * A document (văn bản) of the register. {@code outgoing}: one of the department's outgoing documents (văn bản đi),
 * numbered from its register ({@link Documents#reserveOutgoingNumber}); {@code originPath}/{@code originLabel}: the
 * record it was filed from (an issued report), or null.
 */
public record Document(long id, String numberSymbol, Integer number, DocumentType typeCode, String issuerSymbol,
                       LocalDate issuedOn, String issuer, String summary, Unit unit, String fileName, Long fileSize,
                       boolean outgoing, String signer, String originPath, String originLabel, int version) {

    /** As a report cites it: "Tờ trình số 1161/TTr-SKH&CN ngày 08/9/2021", with "của …" for another issuer. */
    public String citation() {
        return typeCode.label() + " số " + numberSymbol + " ngày " + Formats.reportDate(issuedOn)
                + (issuer == null || issuer.isBlank() ? "" : " của " + issuer);
    }

    /** As a spreadsheet or a list names it, so that it is found again: "1161/TTr-SKH&CN ngày 08/09/2021". */
    public String reference() {
        return numberSymbol + " ngày " + Formats.date(issuedOn);
    }

    public DocumentRef ref() {
        return new DocumentRef(id, numberSymbol, issuedOn, citation());
    }
}
