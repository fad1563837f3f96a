package vn.gov.khcn.documents;

import java.time.LocalDate;

/**
 * An outgoing document (văn bản đi) to file under the next number of the department's outgoing register:
 * {@code symbol} follows the number ("BC-SKH&CN" gives "01/BC-SKH&CN"); {@code originPath} and {@code originLabel}
 * name the record it is filed from ("/reports/7", "Báo cáo 9 tháng đầu năm 2021"), for the link back.
 */
public record OutgoingDocument(String symbol, DocumentType type, LocalDate issuedOn, String summary, String signer,
                               String originPath, String originLabel) {
}
