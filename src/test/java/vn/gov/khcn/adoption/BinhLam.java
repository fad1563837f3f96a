package vn.gov.khcn.adoption;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The invented province "Bình Lam" as a new department describes itself: its settings, its own unit, the entries of its
 * own it adds to the vocabularies, and the spreadsheets of its registers and task histories. The command-line adoption
 * ({@link InventedProvinceAdoptionTest}) and the web one ({@link InventedProvinceBrowserTest}) enter the same department,
 * the one by {@code khcn settings}/{@code khcn import}, the other through the pages, and their reports are checked alike
 * ({@link BinhLamReports}).
 */
final class BinhLam {
    private BinhLam() {
    }

    /** The department's settings by key (as {@code khcn settings set} and the set-up page name them); several lines with \n. */
    static final Map<String, String> SETTINGS = settings();

    private static Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("parentBody", "UBND TỈNH BÌNH LAM");
        s.put("department", "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        s.put("province", "Bình Lam");
        s.put("symbol", "BC-SKHCN");
        s.put("place", "Phú Lam");
        s.put("signerTitle", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        s.put("signerName", "Đinh Thị Mai Lan");
        s.put("recipients", "UBND tỉnh Bình Lam\nBộ Khoa học và Công nghệ");
        s.put("site", "skhcn.binhlam.gov.vn");
        s.put("legalBasis", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Lam");
        s.put("cutOffDay", "14");
        return java.util.Collections.unmodifiableMap(s);
    }

    /** Its own unit, which keeps the outreach register. */
    record OwnUnit(String code, String name, String shortName, int position, String register, String registerLabel) {
    }

    static final OwnUnit UNIT = new OwnUnit("DIGITAL", "Phòng Chuyển đổi số", "CĐS", 80, "outreach", "thông tin, truyền thông");

    /** An entry of its own in a vocabulary (list by its label; code null: the system makes it from the label). */
    record OwnEntry(String list, String listLabel, String code, String label, Integer position, Boolean passing, Integer intervalMonths) {
    }

    /** Its own task level, rating, instrument type and inspection field (the ministerial level and "Khá" come with the release). */
    static final List<OwnEntry> ENTRIES = List.of(
            new OwnEntry("TASK_LEVEL", "Cấp quản lý nhiệm vụ KH&CN", "HOP_TAC_QT", "Nhiệm vụ hợp tác quốc tế", 7, null, null),
            new OwnEntry("TASK_RATING", "Xếp loại nghiệm thu nhiệm vụ", null, "Trung bình", null, true, null),
            new OwnEntry("INSTRUMENT_TYPE", "Loại phương tiện đo", null, "Cột đo khí dầu mỏ hóa lỏng", null, null, 12),
            new OwnEntry("INSPECTION_FIELD", "Lĩnh vực thanh tra, kiểm tra", null, "Bưu chính, viễn thông", 5, null, null));

    /** The org chart's spreadsheet: its own unit (imported before the records of the register it takes). */
    static Path unitsSheet(Path dir) throws IOException {
        return csv(dir, "don-vi.csv", "Mã đơn vị;Tên đơn vị;Tên ngắn;Thứ tự;Sổ đơn vị giữ",
                String.join(";", UNIT.code(), UNIT.name(), UNIT.shortName(), String.valueOf(UNIT.position()), UNIT.registerLabel()));
    }

    /** The vocabularies' spreadsheet: its own entries. */
    static Path vocabulariesSheet(Path dir) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        for (OwnEntry e : ENTRIES) {
            rows.add(row(e.listLabel(), e.code(), e.label(), e.position(), e.passing() == null ? null : e.passing() ? "Có" : "Không",
                    e.intervalMonths(), null));
        }
        return xlsx(dir, "danh-muc.xlsx", "Danh muc dung chung",
                List.of("Danh mục", "Mã", "Tên", "Thứ tự", "Đạt", "Chu kỳ kiểm định (tháng)", "Thôi dùng"), rows);
    }

    /** Every register's spreadsheet and the task histories, in the order they depend on each other. */
    static List<Path> recordSheets(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        // a province of 2025: its communes (xã, phường, đặc khu) from 1 July 2025; two former districts, for old records
        files.add(csv(dir, "huyen-cu.csv", "Mã huyện;Tên huyện;Hiệu lực đến ngày", "BL40;Thành phố Phú Lam;30/06/2025", "BL48;Hòn Lam;30/06/2025"));
        files.add(csv(dir, "xa-phuong.csv", "Mã xã;Tên xã, phường, đặc khu;Loại;Hiệu lực từ ngày;Từ huyện cũ",
                "BL001;Phú Lam;Phường;01/07/2025;BL40", "BL002;Lam Sơn;Phường;01/07/2025;Thành phố Phú Lam",
                "BL003;Lam Giang;Xã;01/07/2025;", "BL004;Hòn Lam;Đặc khu;01/07/2025;BL48"));
        // its organisations are placed in those communes (column F, by name or code), none in a district
        files.add(csv(dir, "to-chuc.csv", "Tên tổ chức;Loại tổ chức;Huyện/thành phố;Xã/phường/thị trấn;Mã số thuế;Xã/phường/đặc khu",
                "Viện Nghiên cứu Nông lâm Bình Lam;Viện, trường, tổ chức KH&CN;;;;Phú Lam",
                "Trường Đại học Bình Lam;Viện, trường, tổ chức KH&CN;;;;Lam Sơn",
                "Công ty Điện lực Bình Lam;Doanh nghiệp;;;5800000001;Phú Lam",
                "Công ty TNHH Xăng dầu Lam Giang;Doanh nghiệp;;;5800000002;BL003",
                // licensed before 1 July 2025: its old record names the former district too
                "Bệnh viện Đa khoa tỉnh Bình Lam;Cơ sở y tế;Thành phố Phú Lam;;;Phú Lam",
                "Phòng khám Đa khoa Lam Sơn;Cơ sở y tế;;;;Lam Sơn",
                "Trạm Y tế Đặc khu Hòn Lam;Cơ sở y tế;;;;Hòn Lam",
                "Bưu điện tỉnh Bình Lam;Doanh nghiệp;;;5800000003;Phú Lam"));
        files.add(csv(dir, "van-ban.csv", "Số, ký hiệu;Ngày ban hành;Loại văn bản;Cơ quan ban hành;Trích yếu",
                "21/QĐ-SKHCN;03/03/2025;Quyết định;;Thanh tra đo lường đối với công tơ điện",
                "45/QĐ-SKHCN;02/06/2025;Quyết định;;Thanh tra chuyên ngành bưu chính",
                "77/QĐ-SKHCN;20/10/2025;Quyết định;;Thanh tra đo lường đối với cột đo khí dầu mỏ hóa lỏng",
                "88/QĐ-SKHCN;25/08/2025;Quyết định;;Kiểm tra nhà nước về chất lượng xăng dầu"));
        files.add(xlsx(dir, "nhiem-vu.xlsx", "Nhiem vu",
                List.of("Mã nhiệm vụ", "Tên nhiệm vụ", "Loại nhiệm vụ", "Cấp quản lý", "Quản lý (nông thôn miền núi)", "Năm bắt đầu",
                        "Tổ chức chủ trì", "Chủ nhiệm", "Lĩnh vực", "Thời gian thực hiện (tháng)", "Địa điểm"),
                List.of(row("BL-01", "Nghiên cứu chọn tạo giống lúa chịu hạn cho vùng đồi", "Đề tài", "Cấp tỉnh", null, 2024,
                                "Viện Nghiên cứu Nông lâm Bình Lam", "TS. Hà Văn Minh", "Nông nghiệp", 24, "Xã Lam Giang"),
                        row("BL-02", "Ứng dụng IoT trong quản lý lưới điện nông thôn", "Dự án", "Cấp tỉnh", null, 2025,
                                "Trường Đại học Bình Lam", "ThS. Vi Thị Hoa", "Kỹ thuật", 24, null),
                        row("BL-03", "Bảo tồn nguồn gen cây dược liệu bản địa", "Đề tài", "Cấp bộ", null, 2024,
                                "Viện Nghiên cứu Nông lâm Bình Lam", "TS. Lục Văn Sơn", "Nông nghiệp", 24, null),
                        row("BL-04", "Mô hình chuyển đổi số cấp xã", "Đề án", "Cấp cơ sở", null, 2025,
                                "Trường Đại học Bình Lam", "ThS. Nông Thị Yến", "Chuyển đổi số", 12, null),
                        row("BL-05", "Vật liệu nano xử lý nước sinh hoạt", "Đề tài", "Nhiệm vụ hợp tác quốc tế", null, 2025,
                                "Trường Đại học Bình Lam", "PGS.TS. Hoàng Văn Long", "Vật liệu", 36, null),
                        row("BL-06", "Chuỗi giá trị sản phẩm chè của tỉnh", "Dự án", "Cấp quốc gia", null, 2023,
                                "Viện Nghiên cứu Nông lâm Bình Lam", "TS. Đàm Văn Quý", "Nông nghiệp", 36, null),
                        row("BL-07", "Quy trình sản xuất phân bón hữu cơ vi sinh", "Đề tài", "Cấp bộ", null, 2025,
                                "Viện Nghiên cứu Nông lâm Bình Lam", "TS. Mã Thị Thu", "Nông nghiệp", 12, null))));
        files.add(csv(dir, "su-kien.csv", "Mã nhiệm vụ;Sự kiện;Ngày;Văn bản;Xếp loại;Tổ chức nhận kết quả;Ghi chú",
                "BL-01;Đưa vào danh mục;10/10/2023;;;;", "BL-01;Phê duyệt;01/12/2023;;;;", "BL-01;Ký hợp đồng;15/01/2024;;;;",
                "BL-01;Thành lập hội đồng nghiệm thu;05/03/2025;;;;", "BL-01;Họp hội đồng nghiệm thu;20/03/2025;;Khá;;",
                "BL-02;Đưa vào danh mục;01/10/2024;;;;", "BL-02;Phê duyệt;01/12/2024;;;;", "BL-02;Ký hợp đồng;10/02/2025;;;;",
                "BL-03;Đưa vào danh mục;01/09/2023;;;;", "BL-03;Phê duyệt;01/11/2023;;;;", "BL-03;Ký hợp đồng;01/02/2024;;;;",
                "BL-03;Thành lập hội đồng nghiệm thu;16/10/2025;;;;", "BL-03;Họp hội đồng nghiệm thu;28/10/2025;;Xuất sắc;;",
                "BL-04;Đưa vào danh mục;01/11/2024;;;;", "BL-04;Phê duyệt;15/01/2025;;;;", "BL-04;Ký hợp đồng;01/03/2025;;;;",
                "BL-05;Đưa vào danh mục;20/12/2024;;;;", "BL-05;Phê duyệt;10/02/2025;;;;", "BL-05;Ký hợp đồng;01/04/2025;;;;",
                "BL-06;Đưa vào danh mục;01/09/2022;;;;", "BL-06;Phê duyệt;01/12/2022;;;;", "BL-06;Ký hợp đồng;01/03/2023;;;;",
                "BL-06;Thành lập hội đồng nghiệm thu;01/08/2025;;;;", "BL-06;Họp hội đồng nghiệm thu;12/08/2025;;Đạt;;",
                // its results applied in production, by the organisation that applies them
                "BL-06;Ứng dụng kết quả vào sản xuất, đời sống;15/09/2025;;;Viện Nghiên cứu Nông lâm Bình Lam;",
                "BL-07;Đưa vào danh mục;05/01/2025;;;;", "BL-07;Phê duyệt;01/03/2025;;;;", "BL-07;Ký hợp đồng;01/05/2025;;;;",
                "BL-07;Thành lập hội đồng nghiệm thu;25/10/2025;;;;", "BL-07;Họp hội đồng nghiệm thu;05/11/2025;;GOOD;;"));
        files.add(csv(dir, "hoi-dong.csv", "Mã nhiệm vụ;Loại hội đồng;Ngày thành lập;Ngày họp;Kết quả;Quyết định thành lập;Thành viên",
                "BL-02;Hội đồng tuyển chọn, giao trực tiếp;01/12/2024;20/12/2024;Chọn tổ chức chủ trì;;\"Lý Văn Tâm (Chủ tịch); Hà Thị Lệ\"",
                "BL-01;Hội đồng nghiệm thu;05/03/2025;20/03/2025;Xếp loại Khá;;\"Lý Văn Tâm (Chủ tịch); Hà Thị Lệ (Phản biện)\"",
                "BL-06;Hội đồng nghiệm thu;01/08/2025;12/08/2025;Xếp loại Đạt;;Lý Văn Tâm (Chủ tịch)",
                "BL-03;Hội đồng nghiệm thu;16/10/2025;28/10/2025;Xếp loại Xuất sắc;;\"Đàm Thị Nga (Chủ tịch); Hà Thị Lệ\"",
                "BL-07;Hội đồng nghiệm thu;25/10/2025;05/11/2025;Xếp loại Khá;;Đàm Thị Nga (Chủ tịch)"));
        files.add(csv(dir, "kiem-dinh.csv", "Loại phương tiện đo;Số hiệu;Chủ sở hữu;Ngày kiểm định;Hình thức;Kết quả;Số tem/GCN;Người thực hiện",
                "Công tơ điện;CT-0001;Công ty Điện lực Bình Lam;10/03/2025;Định kỳ;Đạt;T-0001;",
                "Công tơ điện;CT-0002;Công ty Điện lực Bình Lam;10/03/2025;Định kỳ;Đạt;T-0002;",
                "Công tơ điện;CT-0003;Công ty Điện lực Bình Lam;20/10/2025;Định kỳ;Không đạt;;",
                "Cột đo khí dầu mỏ hóa lỏng;LPG-01;Công ty TNHH Xăng dầu Lam Giang;25/10/2025;Ban đầu;Đạt;T-0004;",
                "Cột đo khí dầu mỏ hóa lỏng;LPG-02;Công ty TNHH Xăng dầu Lam Giang;05/11/2025;Ban đầu;Đạt;T-0005;"));
        // three thanh tra (the kind left blank) and a kiểm tra, with the instruments checked at its facility
        files.add(csv(dir, "thanh-tra.csv", "Số, ký hiệu quyết định;Ngày quyết định;Lĩnh vực;Tên cuộc thanh tra;Ngày công bố quyết định;Kết luận, theo dõi sau thanh tra;"
                        + "Loại (thanh tra, kiểm tra)",
                "21/QĐ-SKHCN;03/03/2025;Đo lường;Thanh tra đo lường đối với công tơ điện;10/03/2025;;",
                "45/QĐ-SKHCN;02/06/2025;Bưu chính, viễn thông;Thanh tra chuyên ngành bưu chính;09/06/2025;;",
                "77/QĐ-SKHCN;20/10/2025;Đo lường;Thanh tra đo lường đối với cột đo khí dầu mỏ hóa lỏng;27/10/2025;;",
                "88/QĐ-SKHCN;25/08/2025;Chất lượng sản phẩm, hàng hóa;Kiểm tra nhà nước về chất lượng xăng dầu;03/09/2025;;Kiểm tra"));
        files.add(csv(dir, "co-so-thanh-tra.csv", "Số, ký hiệu quyết định;Ngày quyết định;Cơ sở được thanh tra;Số hành vi vi phạm;Nội dung vi phạm;Hình thức xử lý;Tiền phạt (đồng);"
                        + "Số phương tiện đo được kiểm tra",
                "21/QĐ-SKHCN;03/03/2025;Công ty Điện lực Bình Lam;0;;;;",
                "45/QĐ-SKHCN;02/06/2025;Bưu điện tỉnh Bình Lam;0;;;;",
                "77/QĐ-SKHCN;20/10/2025;Công ty TNHH Xăng dầu Lam Giang;1;Không kiểm định đúng hạn;Cảnh cáo;;",
                "88/QĐ-SKHCN;25/08/2025;Công ty TNHH Xăng dầu Lam Giang;0;;;;4"));
        // a collective mark whose building was completed in the year
        files.add(csv(dir, "nhan-hieu.csv", "Tên;Loại;Sản phẩm;Chủ sở hữu, tổ chức quản lý;Tình trạng;Ngày hoàn thành xây dựng",
                "Chè Lam Giang;Nhãn hiệu tập thể;Chè;Hợp tác xã Chè Lam Giang;Đã được cấp văn bằng bảo hộ;20/09/2025"));
        files.add(csv(dir, "co-so-buc-xa.csv", "Tên cơ sở;Địa chỉ;Huyện/thành phố",
                // licensed before 1 July 2025, the facility keeps the former district it was registered in
                "Bệnh viện Đa khoa tỉnh Bình Lam;Phường Phú Lam;Thành phố Phú Lam",
                // registered since: no district, placed by its organisation's commune
                "Phòng khám Đa khoa Lam Sơn;Phường Lam Sơn;", "Trạm Y tế Đặc khu Hòn Lam;Đặc khu Hòn Lam;"));
        files.add(csv(dir, "kiem-tra-atbx.csv", "Cơ sở bức xạ;Ngày kiểm tra;Huyện/thành phố;Kết quả kiểm tra",
                "Trạm Y tế Đặc khu Hòn Lam;18/09/2025;;Đạt yêu cầu", "Phòng khám Đa khoa Lam Sơn;12/11/2025;;Đạt yêu cầu",
                "Trạm Y tế Đặc khu Hòn Lam;01/12/2025;;Đạt yêu cầu"));
        files.add(csv(dir, "ho-so-atbx.csv", "Cơ sở bức xạ;Nội dung hồ sơ;Ngày nhận;Ngày giải quyết;Kết quả giải quyết",
                "Bệnh viện Đa khoa tỉnh Bình Lam;Hồ sơ đề nghị gia hạn giấy phép;01/04/2025;20/04/2025;Gia hạn giấy phép",
                "Bệnh viện Đa khoa tỉnh Bình Lam;Hồ sơ đề nghị cấp chứng chỉ nhân viên bức xạ;15/10/2025;30/10/2025;Cấp chứng chỉ nhân viên bức xạ"));
        files.add(csv(dir, "ho-tro-shcn.csv", "Tổ chức, cá nhân được hướng dẫn;Đối tượng;Ngày hướng dẫn;Kết quả",
                "Hợp tác xã Chè Lam Giang;Nhãn hiệu tập thể;12/05/2025;Hướng dẫn lập hồ sơ",
                "Hợp tác xã Chè Lam Giang;Nhãn hiệu tập thể;22/10/2025;Hoàn thiện hồ sơ",
                "Công ty TNHH Xăng dầu Lam Giang;Nhãn hiệu;03/11/2025;Hướng dẫn tra cứu"));
        files.add(csv(dir, "tuyen-truyen.csv", "Hình thức;Tiêu đề;Ngày đăng, phát sóng, xuất bản;Trang thông tin điện tử;Đài phát sóng;Số tài liệu;Số bản in",
                "Tin, bài trên trang thông tin điện tử;Nghiệm thu đề tài giống lúa chịu hạn;21/03/2025;skhcn.binhlam.gov.vn;;;",
                "Tin, bài trên trang thông tin điện tử;Thanh tra đo lường cột đo khí;28/10/2025;skhcn.binhlam.gov.vn;;;",
                "Chuyên mục phát thanh, truyền hình;Khoa học với nhà nông;15/06/2025;;Báo và Phát thanh, Truyền hình Bình Lam;;"));
        return files;
    }

    /** Words of the demo (province, districts, people, products, the district era) that no other department's report may hold. */
    static final String[] DEMO_WORDS = {"Cao Bằng", "CAO BẰNG", "caobang", "Bế Đăng Khoa", "giảo cổ lam", "nghệ đen", "nghệ vàng",
        "tinh bột nghệ", "Hòa An", "Trùng Khánh", "Thạch An", "Bảo Lạc", "Bảo Lâm", "Hà Quảng", "Hạ Lang", "Nguyên Bình", "Quảng Hòa",
        "huyện", "Huyện", "BC-SKH&CN", "Đài Phát thanh và Truyền hình tỉnh;", "Chiến lược Sở hữu trí tuệ"};

    static Object[] row(Object... cells) {
        return cells;
    }

    static Path csv(Path dir, String name, String header, String... rows) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "\uFEFF" + header + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    static Path xlsx(Path dir, String name, String sheet, List<String> headings, List<Object[]> rows) throws IOException {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(sheet);
            Row h = s.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                h.createCell(i).setCellValue(headings.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row x = s.createRow(r + 1);
                Object[] v = rows.get(r);
                for (int c = 0; c < v.length; c++) {
                    if (v[c] instanceof String str) {
                        x.createCell(c).setCellValue(str);
                    } else if (v[c] instanceof Number n) {
                        x.createCell(c).setCellValue(n.doubleValue());
                    } else if (v[c] instanceof LocalDate d) {
                        x.createCell(c).setCellValue(d);
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(f)) {
                wb.write(os);
            }
        }
        return f;
    }
}
