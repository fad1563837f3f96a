package vn.gov.khcn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
    @Test
    void foldsDiacriticsAndCaseIncludingDStroke() {
        assertThat(VietnameseText.fold("Lê Đông Khê")).isEqualTo("le dong khe");
        assertThat(VietnameseText.fold("NẾP HƯƠNG")).isEqualTo("nep huong");
    }

    @Test
    void cleanStoresNfcWhateverFormArrives() {
        String nfd = Normalizer.normalize("Hà thủ ô đỏ", Normalizer.Form.NFD);
        assertThat(VietnameseText.clean("  " + nfd + " ")).isEqualTo("Hà thủ ô đỏ");
        assertThat(VietnameseText.clean("   ")).isNull();
    }

    @Test
    void formatsCountsDatesAndMoneyAsTheReportDoes() {
        assertThat(Formats.count(3)).isEqualTo("03");
        assertThat(Formats.count(27)).isEqualTo("27");
        assertThat(Formats.count(1755)).isEqualTo("1.755");
        assertThat(Formats.money(1_250_000_000L)).isEqualTo("1.250.000.000 đồng");
        assertThat(Formats.reportDate(LocalDate.of(2021, 9, 8))).isEqualTo("08/9/2021");
        assertThat(Formats.reportDate(LocalDate.of(2021, 1, 15))).isEqualTo("15/01/2021");
        assertThat(Formats.longDate(LocalDate.of(2021, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2021");
    }
}
