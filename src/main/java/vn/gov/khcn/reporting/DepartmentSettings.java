package vn.gov.khcn.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the department describes itself in its reports: the cut-off day, the two lines of the header (the governing
 * body, "UBND TỈNH …", and the department, "SỞ KHOA HỌC VÀ CÔNG NGHỆ"), the province's name for the text, the report
 * symbol ("BC-SKH&CN"), the place of "…, ngày … tháng … năm …", the signer's title (one or two lines) and name, the
 * default recipients, the web site and the opening legal-basis sentence. A first start has none of them but the
 * cut-off day: reports wait until they are filled in ({@link #missing()}).
 */
public record DepartmentSettings(int cutOffDay, String province, String parentBody, String department, String site,
                                 String signerName, String signerTitle, String legalBasis, String recipients, String symbol,
                                 String place, int version) {

    /** One setting: its key (API field, {@code khcn settings set KEY}), its Vietnamese label and an example. */
    public enum Item {
        PARENT_BODY("parentBody", "Cơ quan chủ quản (dòng 1 tiêu đề)", "UBND TỈNH …", DepartmentSettings::parentBody),
        DEPARTMENT("department", "Tên Sở (dòng 2 tiêu đề)", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", DepartmentSettings::department),
        PROVINCE("province", "Tên tỉnh", "tên tỉnh, thành phố, không có chữ \"tỉnh\"", DepartmentSettings::province),
        SYMBOL("symbol", "Ký hiệu báo cáo", "BC-SKH&CN", DepartmentSettings::symbol),
        PLACE("place", "Địa danh", "địa danh ghi trước \"ngày … tháng … năm …\"", DepartmentSettings::place),
        SIGNER_TITLE("signerTitle", "Chức vụ người ký", "GIÁM ĐỐC, hoặc hai dòng KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", DepartmentSettings::signerTitle),
        SIGNER_NAME("signerName", "Họ tên người ký", "họ và tên", DepartmentSettings::signerName),
        RECIPIENTS("recipients", "Nơi nhận", "mỗi dòng một nơi; \"Lưu: VT, VP.\" tự thêm", DepartmentSettings::recipients),
        SITE("site", "Trang thông tin điện tử", "tên miền, ví dụ skhcn.….gov.vn", DepartmentSettings::site),
        LEGAL_BASIS("legalBasis", "Căn cứ báo cáo (câu mở đầu)", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ (KH&CN)",
                DepartmentSettings::legalBasis),
        CUT_OFF_DAY("cutOffDay", "Ngày chốt số liệu hằng tháng", "1 đến 28 (Nghị định 09/2019/NĐ-CP: ngày 14)",
                s -> String.valueOf(s.cutOffDay()));

        private final String key;
        private final String label;
        private final String example;
        private final Function<DepartmentSettings, String> value;

        Item(String key, String label, String example, Function<DepartmentSettings, String> value) {
            this.key = key;
            this.label = label;
            this.example = example;
            this.value = value;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        public String example() {
            return example;
        }

        public String valueIn(DepartmentSettings s) {
            return value.apply(s);
        }

        public static Optional<Item> ofKey(String key) {
            return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
        }
    }

    /** The settings a report needs that are still empty, in the order of the set-up form. */
    public List<Item> missing() {
        return Arrays.stream(Item.values()).filter(i -> {
            String v = i.valueIn(this);
            return v == null || v.isBlank();
        }).toList();
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** The recipients, one a line, without the "- " and ";" that the document adds. */
    public List<String> recipientList() {
        return recipients == null ? List.of() : recipients.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
