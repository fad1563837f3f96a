package vn.gov.khcn.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/** The heading check: a file may lack the optional columns added at the end of a register, nothing else. */
class HeadingMatchTest {
    final RegisterSpec spec = new RegisterSpec("things", "Vật", "Thử", "Vat", List.of(Column.text("Tên", true, 100, ""),
            Column.text("Ghi chú", false, 100, ""), Column.text("Mã", true, 20, ""), Column.text("Xã mới", false, 100, ""),
            Column.text("Ghi chú thêm", false, 100, "")), "cùng tên", List.of());

    @Test
    void allHeadingsInOrderMatch() {
        assertThat(ImportRunner.matches(spec, List.of("Tên", "Ghi chú", "Mã", "Xã mới", "Ghi chú thêm"))).isTrue();
        assertThat(ImportRunner.matches(spec, List.of("Tên*", "ghi chú", "Mã", "Xã mới", "Ghi chú thêm"))).isTrue();
    }

    @Test
    void trailingOptionalColumnsMayBeAbsent() {
        assertThat(ImportRunner.matches(spec, List.of("Tên", "Ghi chú", "Mã", "Xã mới"))).isTrue();
        assertThat(ImportRunner.matches(spec, List.of("Tên", "Ghi chú", "Mã"))).isTrue();
    }

    @Test
    void aMissingRequiredColumnAWrongOrAnExtraHeadingIsRefused() {
        // "Mã" is required: a file ending before it is not of this register, even though "Ghi chú" is optional
        assertThat(ImportRunner.matches(spec, List.of("Tên", "Ghi chú"))).isFalse();
        assertThat(ImportRunner.matches(spec, List.of("Tên"))).isFalse();
        assertThat(ImportRunner.matches(spec, List.of())).isFalse();
        // an optional column in the middle cannot be left out
        assertThat(ImportRunner.matches(spec, List.of("Tên", "Mã", "Xã mới", "Ghi chú thêm"))).isFalse();
        assertThat(ImportRunner.matches(spec, List.of("Tên", "Ghi chú", "Mã", "Ghi chú thêm"))).isFalse();
        assertThat(ImportRunner.matches(spec, List.of("Tên", "Ghi chú", "Mã", "Xã mới", "Ghi chú thêm", "Thừa"))).isFalse();
        assertThat(ImportRunner.matches(spec, Arrays.asList("Tên", "Ghi chú", "Mã", null, "Ghi chú thêm"))).isFalse();
    }
}
