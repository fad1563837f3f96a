package vn.gov.khcn.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.gov.khcn.shared.DomainException;

class DocumentNumberTest {
    @Test
    void parsesNumberTypeAndIssuer() {
        DocumentNumber n = DocumentNumber.parse("1161/TTr-SKH&CN");
        assertThat(n.number()).isEqualTo(1161);
        assertThat(n.type()).isEqualTo(DocumentType.SUBMISSION);
        assertThat(n.issuerSymbol()).isEqualTo("SKH&CN");
        assertThat(n.year()).isNull();
    }

    @Test
    void parsesLegalDocumentWithYear() {
        DocumentNumber n = DocumentNumber.parse("24/2020/QĐ-UBND");
        assertThat(n.number()).isEqualTo(24);
        assertThat(n.year()).isEqualTo(2020);
        assertThat(n.type()).isEqualTo(DocumentType.DECISION);
        assertThat(n.issuerSymbol()).isEqualTo("UBND");
    }

    @Test
    void officialLetterHasNoTypeAbbreviation() {
        DocumentNumber n = DocumentNumber.parse("1155/SKH&CN-QL&CN&SHTT");
        assertThat(n.type()).isEqualTo(DocumentType.OFFICIAL_LETTER);
        assertThat(n.issuerSymbol()).isEqualTo("SKH&CN");
    }

    @Test
    void decomposedUnicodeIsNormalised() {
        String decomposed = java.text.Normalizer.normalize("84/QĐ-UBND", java.text.Normalizer.Form.NFD);
        assertThat(DocumentNumber.parse(decomposed).text()).isEqualTo("84/QĐ-UBND");
    }

    @Test
    void refusesMalformedSymbolInVietnamese() {
        assertThatThrownBy(() -> DocumentNumber.parse("TTr 1161")).isInstanceOf(DomainException.class)
                .hasMessageContaining("không đúng dạng");
        assertThatThrownBy(() -> DocumentNumber.parse("0/TTr-SKH&CN")).isInstanceOf(DomainException.class);
    }

    @Test
    void citesDocumentAsTheReportDoes() {
        Document d = new Document(1, "1161/TTr-SKH&CN", 1161, DocumentType.SUBMISSION, "SKH&CN",
                java.time.LocalDate.of(2021, 9, 8), null, null, vn.gov.khcn.shared.Unit.SCIENCE, null, null, true, null, null, null, 0);
        assertThat(d.citation()).isEqualTo("Tờ trình số 1161/TTr-SKH&CN ngày 08/9/2021");
    }

    @Test
    void outgoingNumbersPrintWithAtLeastTwoDigits() {
        assertThat(DocumentNumber.outgoing(1)).isEqualTo("01");
        assertThat(DocumentNumber.outgoing(9)).isEqualTo("09");
        assertThat(DocumentNumber.outgoing(10)).isEqualTo("10");
        assertThat(DocumentNumber.outgoing(123)).isEqualTo("123");
    }

    @Test
    void theDepartmentsOwnNumbersAreOutgoingOthersAndLegalDocumentsAreNot() {
        assertThat(DocumentNumber.parse("1161/TTr-SKH&CN").outgoingOf(null)).isTrue();
        assertThat(DocumentNumber.parse("1155/SKH&CN-QL&CN&SHTT").outgoingOf(" ")).isTrue();
        assertThat(DocumentNumber.parse("84/QĐ-UBND").outgoingOf("UBND tỉnh")).isFalse();
        assertThat(DocumentNumber.parse("23/QĐ-TTr").outgoingOf(null)).isFalse();
        assertThat(DocumentNumber.parse("24/2020/QĐ-SKH&CN").outgoingOf(null)).isFalse();
        assertThat(DocumentNumber.parse("45/TB-SKH&CN").outgoingOf("Sở KH&CN tỉnh Bắc Kạn")).isFalse();
    }
}
