package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.gov.khcn.shared.DomainException;

class SignerTitleTest {
    @Test
    void theHeadSignsOnOneLineAndActingHeadsWithQ() {
        assertThat(SignerTitle.lines("GIÁM ĐỐC", "t")).containsExactly("GIÁM ĐỐC");
        assertThat(SignerTitle.lines("q giám đốc", "t")).containsExactly("Q. giám đốc");
    }

    @Test
    void signingForTheHeadTakesTwoLinesWithTheFormWrittenAsTheDecreeWritesIt() {
        assertThat(SignerTitle.lines("KT. GIÁM ĐỐC\r\n PHÓ GIÁM ĐỐC ", "t")).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(SignerTitle.lines("tl giám đốc\nchánh văn phòng", "t")).containsExactly("TL. giám đốc", "chánh văn phòng");
        assertThat(SignerTitle.lines("TUQ. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", "t")).containsExactly("TUQ. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG");
        assertThat(SignerTitle.lines("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "t")).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    }

    @Test
    void aFormWithoutTheSignersOwnPositionIsRefusedWithAnExample() {
        assertThatThrownBy(() -> SignerTitle.lines("KT. GIÁM ĐỐC", "signerTitle")).isInstanceOf(DomainException.class)
                .hasMessage("Khi ký thay (KT), dòng thứ hai ghi chức vụ của người ký, ví dụ \"KT. GIÁM ĐỐC\" rồi \"PHÓ GIÁM ĐỐC\".");
        assertThatThrownBy(() -> SignerTitle.lines("TL. GIÁM ĐỐC", "signerTitle")).hasMessageContaining("thừa lệnh (TL)");
    }

    @Test
    void twoLinesWithoutAFormAndThreeLinesAreRefused() {
        assertThatThrownBy(() -> SignerTitle.lines("GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "signerTitle")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Hai dòng chức vụ chỉ dùng khi ký thay (KT.)");
        assertThatThrownBy(() -> SignerTitle.lines("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTHỨ BA", "signerTitle"))
                .hasMessageContaining("nhiều nhất hai dòng");
    }

    @Test
    void nothingGivesNoLines() {
        assertThat(SignerTitle.lines(null, "t")).isEmpty();
        assertThat(SignerTitle.lines(" \n ", "t")).isEmpty();
    }
}
