package vn.gov.khcn.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.cli.Khcn;
import vn.gov.khcn.testing.TestDatabases;

/**
 * A department that is not the demo's adopts KHCN the way a clerk would: an empty database, its settings through
 * {@code khcn settings set}, its vocabularies, registers and task histories from spreadsheets through
 * {@code khcn import}, then {@code khcn report}. The invented province "Bình Lam" has its own names, cut-off day
 * (14), symbol, a two-line signer, a ministerial level, a level of its own, "Khá" ratings, instrument types and an
 * inspection field of its own. Its year report of 2025 and monthly report of November 2025 must carry its header,
 * every figure and every breakdown part its records have, and no word of the Cao Bằng demo.
 */
class InventedProvinceAdoptionTest {
    /** The embedded database under --data, as a department starts. */
    @Nested
    class OnH2Database extends InventedProvinceAdoptionContract {
        @Override
        List<String> database() {
            return List.of("--data", dir.resolve("data").toString());
        }
    }

    /** A PostgreSQL database of its own (--db), empty before the first command. */
    @Nested
    class OnPostgresDatabase extends InventedProvinceAdoptionContract {
        private final String url = TestDatabases.newPostgresDatabase();

        @Override
        List<String> database() {
            return List.of("--db", url, "--db-user", TestDatabases.pgUser(), "--db-password", TestDatabases.pgPassword());
        }
    }
}

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InventedProvinceAdoptionContract {
    /** Words of the demo (province, districts, people, products, the district era) that no other department's report may hold. */
    static final String[] DEMO_WORDS = {"Cao Bằng", "CAO BẰNG", "caobang", "Bế Đăng Khoa", "giảo cổ lam", "nghệ đen", "nghệ vàng",
        "tinh bột nghệ", "Hòa An", "Trùng Khánh", "Thạch An", "Bảo Lạc", "Bảo Lâm", "Hà Quảng", "Hạ Lang", "Nguyên Bình", "Quảng Hòa",
        "huyện", "Huyện", "BC-SKH&CN", "Đài Phát thanh và Truyền hình tỉnh;", "Chiến lược Sở hữu trí tuệ"};

    /** The clerk's files and the embedded database, one folder per database the contract runs on. */
    final Path dir = newFolder();
    final JsonMapper json = JsonMapper.builder().build();
    String yearJson;
    String yearDocx;
    String monthJson;
    String monthDocx;
    String profileJson;

    /** The database options of every command. */
    abstract List<String> database();

    private String[] args(String command, String... rest) {
        List<String> a = new ArrayList<>(List.of(command.split(" ")));
        a.addAll(database());
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    @BeforeAll
    void adopt() throws IOException {
        Run empty = run(args("settings"));
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("Còn thiếu:");

        Run set = run(args("settings set",
                "parentBody", "UBND TỈNH BÌNH LAM", "department", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "province", "Bình Lam",
                "symbol", "BC-SKHCN", "place", "Phú Lam", "signerTitle", "KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC", "signerName", "Đinh Thị Mai Lan",
                "recipients", "UBND tỉnh Bình Lam\\nBộ Khoa học và Công nghệ", "site", "skhcn.binhlam.gov.vn",
                "legalBasis", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Lam", "cutOffDay", "14"));
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.err()).contains("Đã lưu").doesNotContain("Còn thiếu");

        List<Path> files = new ArrayList<>();
        // its own unit keeps the outreach register (the org chart by spreadsheet, before the records it keeps)
        files.add(csv("don-vi.csv", "Mã đơn vị;Tên đơn vị;Tên ngắn;Thứ tự;Sổ đơn vị giữ", "DIGITAL;Phòng Chuyển đổi số;CĐS;80;thông tin, truyền thông"));
        files.add(xlsx("danh-muc.xlsx", "Danh muc dung chung",
                List.of("Danh mục", "Mã", "Tên", "Thứ tự", "Đạt", "Chu kỳ kiểm định (tháng)", "Thôi dùng"),
                List.of(row("Cấp quản lý nhiệm vụ KH&CN", "HOP_TAC_QT", "Nhiệm vụ hợp tác quốc tế", 7, null, null, null),
                        row("Loại phương tiện đo", null, "Cột đo khí dầu mỏ hóa lỏng", null, null, 12, null),
                        row("Lĩnh vực thanh tra, kiểm tra", null, "Bưu chính, viễn thông", 5, null, null, null))));
        // a province of 2025: its communes (xã, phường, đặc khu) from 1 July 2025; two former districts, for old records
        files.add(csv("huyen-cu.csv", "Mã huyện;Tên huyện;Hiệu lực đến ngày", "BL40;Thành phố Phú Lam;30/06/2025", "BL48;Hòn Lam;30/06/2025"));
        files.add(csv("xa-phuong.csv", "Mã xã;Tên xã, phường, đặc khu;Loại;Hiệu lực từ ngày;Từ huyện cũ",
                "BL001;Phú Lam;Phường;01/07/2025;BL40", "BL002;Lam Sơn;Phường;01/07/2025;Thành phố Phú Lam",
                "BL003;Lam Giang;Xã;01/07/2025;", "BL004;Hòn Lam;Đặc khu;01/07/2025;BL48"));
        // its organisations are placed in those communes (column F, by name or code), none in a district
        files.add(csv("to-chuc.csv", "Tên tổ chức;Loại tổ chức;Huyện/thành phố;Xã/phường/thị trấn;Mã số thuế;Xã/phường/đặc khu",
                "Viện Nghiên cứu Nông lâm Bình Lam;Viện, trường, tổ chức KH&CN;;;;Phú Lam",
                "Trường Đại học Bình Lam;Viện, trường, tổ chức KH&CN;;;;Lam Sơn",
                "Công ty Điện lực Bình Lam;Doanh nghiệp;;;5800000001;Phú Lam",
                "Công ty TNHH Xăng dầu Lam Giang;Doanh nghiệp;;;5800000002;BL003",
                // licensed before 1 July 2025: its old record names the former district too
                "Bệnh viện Đa khoa tỉnh Bình Lam;Cơ sở y tế;Thành phố Phú Lam;;;Phú Lam",
                "Phòng khám Đa khoa Lam Sơn;Cơ sở y tế;;;;Lam Sơn",
                "Trạm Y tế Đặc khu Hòn Lam;Cơ sở y tế;;;;Hòn Lam",
                "Bưu điện tỉnh Bình Lam;Doanh nghiệp;;;5800000003;Phú Lam"));
        files.add(csv("van-ban.csv", "Số, ký hiệu;Ngày ban hành;Loại văn bản;Cơ quan ban hành;Trích yếu",
                "21/QĐ-SKHCN;03/03/2025;Quyết định;;Thanh tra đo lường đối với công tơ điện",
                "45/QĐ-SKHCN;02/06/2025;Quyết định;;Thanh tra chuyên ngành bưu chính",
                "77/QĐ-SKHCN;20/10/2025;Quyết định;;Thanh tra đo lường đối với cột đo khí dầu mỏ hóa lỏng",
                "88/QĐ-SKHCN;25/08/2025;Quyết định;;Kiểm tra nhà nước về chất lượng xăng dầu"));
        files.add(xlsx("nhiem-vu.xlsx", "Nhiem vu",
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
        files.add(csv("su-kien.csv", "Mã nhiệm vụ;Sự kiện;Ngày;Văn bản;Xếp loại;Tổ chức nhận kết quả;Ghi chú",
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
        files.add(csv("hoi-dong.csv", "Mã nhiệm vụ;Loại hội đồng;Ngày thành lập;Ngày họp;Kết quả;Quyết định thành lập;Thành viên",
                "BL-02;Hội đồng tuyển chọn, giao trực tiếp;01/12/2024;20/12/2024;Chọn tổ chức chủ trì;;\"Lý Văn Tâm (Chủ tịch); Hà Thị Lệ\"",
                "BL-01;Hội đồng nghiệm thu;05/03/2025;20/03/2025;Xếp loại Khá;;\"Lý Văn Tâm (Chủ tịch); Hà Thị Lệ (Phản biện)\"",
                "BL-06;Hội đồng nghiệm thu;01/08/2025;12/08/2025;Xếp loại Đạt;;Lý Văn Tâm (Chủ tịch)",
                "BL-03;Hội đồng nghiệm thu;16/10/2025;28/10/2025;Xếp loại Xuất sắc;;\"Đàm Thị Nga (Chủ tịch); Hà Thị Lệ\"",
                "BL-07;Hội đồng nghiệm thu;25/10/2025;05/11/2025;Xếp loại Khá;;Đàm Thị Nga (Chủ tịch)"));
        files.add(csv("kiem-dinh.csv", "Loại phương tiện đo;Số hiệu;Chủ sở hữu;Ngày kiểm định;Hình thức;Kết quả;Số tem/GCN;Người thực hiện",
                "Công tơ điện;CT-0001;Công ty Điện lực Bình Lam;10/03/2025;Định kỳ;Đạt;T-0001;",
                "Công tơ điện;CT-0002;Công ty Điện lực Bình Lam;10/03/2025;Định kỳ;Đạt;T-0002;",
                "Công tơ điện;CT-0003;Công ty Điện lực Bình Lam;20/10/2025;Định kỳ;Không đạt;;",
                "Cột đo khí dầu mỏ hóa lỏng;LPG-01;Công ty TNHH Xăng dầu Lam Giang;25/10/2025;Ban đầu;Đạt;T-0004;",
                "Cột đo khí dầu mỏ hóa lỏng;LPG-02;Công ty TNHH Xăng dầu Lam Giang;05/11/2025;Ban đầu;Đạt;T-0005;"));
        // three thanh tra (the kind left blank) and a kiểm tra, with the instruments checked at its facility
        files.add(csv("thanh-tra.csv", "Số, ký hiệu quyết định;Ngày quyết định;Lĩnh vực;Tên cuộc thanh tra;Ngày công bố quyết định;Kết luận, theo dõi sau thanh tra;"
                        + "Loại (thanh tra, kiểm tra)",
                "21/QĐ-SKHCN;03/03/2025;Đo lường;Thanh tra đo lường đối với công tơ điện;10/03/2025;;",
                "45/QĐ-SKHCN;02/06/2025;Bưu chính, viễn thông;Thanh tra chuyên ngành bưu chính;09/06/2025;;",
                "77/QĐ-SKHCN;20/10/2025;Đo lường;Thanh tra đo lường đối với cột đo khí dầu mỏ hóa lỏng;27/10/2025;;",
                "88/QĐ-SKHCN;25/08/2025;Chất lượng sản phẩm, hàng hóa;Kiểm tra nhà nước về chất lượng xăng dầu;03/09/2025;;Kiểm tra"));
        files.add(csv("co-so-thanh-tra.csv", "Số, ký hiệu quyết định;Ngày quyết định;Cơ sở được thanh tra;Số hành vi vi phạm;Nội dung vi phạm;Hình thức xử lý;Tiền phạt (đồng);"
                        + "Số phương tiện đo được kiểm tra",
                "21/QĐ-SKHCN;03/03/2025;Công ty Điện lực Bình Lam;0;;;;",
                "45/QĐ-SKHCN;02/06/2025;Bưu điện tỉnh Bình Lam;0;;;;",
                "77/QĐ-SKHCN;20/10/2025;Công ty TNHH Xăng dầu Lam Giang;1;Không kiểm định đúng hạn;Cảnh cáo;;",
                "88/QĐ-SKHCN;25/08/2025;Công ty TNHH Xăng dầu Lam Giang;0;;;;4"));
        // a collective mark whose building was completed in the year
        files.add(csv("nhan-hieu.csv", "Tên;Loại;Sản phẩm;Chủ sở hữu, tổ chức quản lý;Tình trạng;Ngày hoàn thành xây dựng",
                "Chè Lam Giang;Nhãn hiệu tập thể;Chè;Hợp tác xã Chè Lam Giang;Đã được cấp văn bằng bảo hộ;20/09/2025"));
        files.add(csv("co-so-buc-xa.csv", "Tên cơ sở;Địa chỉ;Huyện/thành phố",
                // licensed before 1 July 2025, the facility keeps the former district it was registered in
                "Bệnh viện Đa khoa tỉnh Bình Lam;Phường Phú Lam;Thành phố Phú Lam",
                // registered since: no district, placed by its organisation's commune
                "Phòng khám Đa khoa Lam Sơn;Phường Lam Sơn;", "Trạm Y tế Đặc khu Hòn Lam;Đặc khu Hòn Lam;"));
        files.add(csv("kiem-tra-atbx.csv", "Cơ sở bức xạ;Ngày kiểm tra;Huyện/thành phố;Kết quả kiểm tra",
                "Trạm Y tế Đặc khu Hòn Lam;18/09/2025;;Đạt yêu cầu", "Phòng khám Đa khoa Lam Sơn;12/11/2025;;Đạt yêu cầu",
                "Trạm Y tế Đặc khu Hòn Lam;01/12/2025;;Đạt yêu cầu"));
        files.add(csv("ho-so-atbx.csv", "Cơ sở bức xạ;Nội dung hồ sơ;Ngày nhận;Ngày giải quyết;Kết quả giải quyết",
                "Bệnh viện Đa khoa tỉnh Bình Lam;Hồ sơ đề nghị gia hạn giấy phép;01/04/2025;20/04/2025;Gia hạn giấy phép",
                "Bệnh viện Đa khoa tỉnh Bình Lam;Hồ sơ đề nghị cấp chứng chỉ nhân viên bức xạ;15/10/2025;30/10/2025;Cấp chứng chỉ nhân viên bức xạ"));
        files.add(csv("ho-tro-shcn.csv", "Tổ chức, cá nhân được hướng dẫn;Đối tượng;Ngày hướng dẫn;Kết quả",
                "Hợp tác xã Chè Lam Giang;Nhãn hiệu tập thể;12/05/2025;Hướng dẫn lập hồ sơ",
                "Hợp tác xã Chè Lam Giang;Nhãn hiệu tập thể;22/10/2025;Hoàn thiện hồ sơ",
                "Công ty TNHH Xăng dầu Lam Giang;Nhãn hiệu;03/11/2025;Hướng dẫn tra cứu"));
        files.add(csv("tuyen-truyen.csv", "Hình thức;Tiêu đề;Ngày đăng, phát sóng, xuất bản;Trang thông tin điện tử;Đài phát sóng;Số tài liệu;Số bản in",
                "Tin, bài trên trang thông tin điện tử;Nghiệm thu đề tài giống lúa chịu hạn;21/03/2025;skhcn.binhlam.gov.vn;;;",
                "Tin, bài trên trang thông tin điện tử;Thanh tra đo lường cột đo khí;28/10/2025;skhcn.binhlam.gov.vn;;;",
                "Chuyên mục phát thanh, truyền hình;Khoa học với nhà nông;15/06/2025;;Báo và Phát thanh, Truyền hình Bình Lam;;"));
        Run imported = run(args("import", files.stream().map(Path::toString).toArray(String[]::new)));
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("su-kien.csv (task-events): Đã nhập 30 dòng").contains("hoi-dong.csv (task-councils): Đã nhập 5 dòng")
                .contains("nhiem-vu.xlsx (tasks): Đã nhập 7 dòng").contains("danh-muc.xlsx (vocabularies): Đã nhập 3 dòng")
                .contains("huyen-cu.csv (former-districts): Đã nhập 2 dòng").contains("xa-phuong.csv (communes): Đã nhập 4 dòng").contains("to-chuc.csv (organisations): Đã nhập 8 dòng")
                .contains("co-so-buc-xa.csv (radiation-facilities): Đã nhập 3 dòng")
                .contains("kiem-tra-atbx.csv (radiation-inspections): Đã nhập 3 dòng").contains("don-vi.csv (units): Đã nhập 1 dòng")
                .contains("tuyen-truyen.csv (outreach): Đã nhập 3 dòng");
        Path profile = dir.resolve("ho-so.json");
        Run exported = run(args("profile export", "--out", profile.toString()));
        assertThat(exported.code()).as(exported.err()).isZero();
        profileJson = Files.readString(profile, StandardCharsets.UTF_8);

        yearJson = report("year", "2025-12", "json");
        yearDocx = report("year", "2025-12", "docx");
        monthJson = report("month", "2025-11", "json");
        monthDocx = report("month", "2025-11", "docx");
    }

    private String report(String kind, String period, String format) throws IOException {
        Path out = dir.resolve(kind + "-" + period + "." + format);
        Run r = run(args("report", "--kind", kind, "--period", period, "--format", format, "--out", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        if (!format.equals("docx")) {
            return Files.readString(out, StandardCharsets.UTF_8);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(out)));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            StringBuilder all = new StringBuilder(text.getText());
            for (XWPFFootnote n : doc.getFootnotes()) {
                n.getParagraphs().forEach(p -> all.append("\n[chú thích] ").append(p.getText()));
            }
            return all.toString();
        }
    }

    @Test
    void theHeaderIsTheDepartmentsOwn() {
        for (String docx : List.of(yearDocx, monthDocx)) {
            assertThat(docx).contains("UBND TỈNH BÌNH LAM\tSỞ KHOA HỌC VÀ CÔNG NGHỆ").contains("Số:      /BC-SKHCN")
                    .contains("Nơi nhận:\t- UBND tỉnh Bình Lam;\t- Bộ Khoa học và Công nghệ;\t- Lưu: VT, VP.")
                    .contains("KT. GIÁM ĐỐC\tPHÓ GIÁM ĐỐC").contains("Đinh Thị Mai Lan")
                    .contains("Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Lam báo cáo kết quả hoạt động");
        }
        // dated the day after the cut-off (14) of the report's month
        assertThat(yearDocx).contains("Phú Lam, ngày 15 tháng 12 năm 2025")
                .contains("Kết quả hoạt động khoa học và công nghệ năm 2025 và phương hướng, nhiệm vụ năm 2026");
        assertThat(monthDocx).contains("Phú Lam, ngày 15 tháng 11 năm 2025")
                .contains("Kết quả hoạt động khoa học và công nghệ tháng 11 năm 2025 và nhiệm vụ công tác trọng tâm tháng 12");
    }

    @Test
    void thePeriodsRunFromTheFifteenthToTheFourteenth() {
        JsonNode year = json.readTree(yearJson).path("periods");
        assertThat(year.path("ytd").path("start").asString()).isEqualTo("2024-12-15");
        assertThat(year.path("ytd").path("end").asString()).isEqualTo("2025-12-14");
        assertThat(year.path("month").path("start").asString()).isEqualTo("2025-11-15");
        assertThat(year.path("month").path("end").asString()).isEqualTo("2025-12-14");
        JsonNode month = json.readTree(monthJson).path("periods");
        assertThat(month.size()).as("a monthly report holds only its month").isEqualTo(1);
        assertThat(month.has("ytd")).isFalse();
        assertThat(month.path("month").path("start").asString()).isEqualTo("2025-10-15");
        assertThat(month.path("month").path("end").asString()).isEqualTo("2025-11-14");
        assertThat(yearDocx).contains("kết quả đạt được tính từ ngày 15/11/2025 đến 14/12/2025 như sau:");
        assertThat(monthDocx).contains("kết quả đạt được tính từ ngày 15/10/2025 đến 14/11/2025 như sau:");
        for (String report : List.of(yearJson, monthJson)) {
            assertThat(json.readTree(report).path("checks")).allMatch(c -> c.path("ok").asBoolean(), "every check passes");
        }
    }

    @Test
    void theYearsFiguresAndEveryPartOfTheirBreakdowns() {
        JsonNode y = json.readTree(yearJson).path("periods").path("ytd").path("indicators");
        assertThat(y.path("tasks.managed").path("value").asLong()).isEqualTo(7);
        assertThat(y.path("tasks.managed").path("by").path("level").toString())
                .isEqualTo("{\"GRASSROOTS\":1,\"HOP_TAC_QT\":1,\"MINISTERIAL\":2,\"NATIONAL\":1,\"PROVINCIAL\":2}");
        assertThat(y.path("tasks.accepted").path("by").toString())
                .isEqualTo("{\"level\":{\"MINISTERIAL\":2,\"NATIONAL\":1,\"PROVINCIAL\":1},\"rating\":{\"EXCELLENT\":1,\"GOOD\":2,\"PASSED\":1}}");
        assertThat(y.path("tasks.councilsHeld").path("by").path("kind").toString()).isEqualTo("{\"ACCEPTANCE\":4,\"SELECTION\":1}");
        assertThat(y.path("metrology.verifications").path("by").path("type").path("CONG_TO_DIEN").asLong()).isEqualTo(3);
        assertThat(y.path("inspection.campaigns").path("by").path("field").toString()).isEqualTo("{\"BUU_CHINH_VIEN_THONG\":1,\"MEASUREMENT\":2}");
        // the thanh tra and the kiểm tra by kind, their facilities by commune (placed from its first day, 1/7/2025), the instruments
        assertThat(y.path("inspection.all").path("by").path("kind").toString()).isEqualTo("{\"CHECK\":1,\"INSPECTION\":3}");
        assertThat(y.path("inspection.allFacilities").path("by").path("commune").toString()).isEqualTo("{\"BL003\":1,\"NONE\":2}");
        assertThat(y.path("inspection.instrumentsChecked").path("value").asLong()).isEqualTo(4);
        assertThat(y.path("ip.marksBuilt").path("by").path("kind").toString()).isEqualTo("{\"COLLECTIVE_MARK\":1}");
        assertThat(y.path("tasks.resultsApplied").path("by").path("level").toString()).isEqualTo("{\"NATIONAL\":1}");

        // the tasks: carried over and new ones of every level, the levels of the department's own list by their labels
        assertThat(yearDocx).contains("Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với 07 nhiệm vụ KH&CN đang được triển khai thực hiện "
                + "trên địa bàn tỉnh (03 nhiệm vụ chuyển tiếp, 01 nhiệm vụ cấp tỉnh bắt đầu thực hiện từ năm 2025, 01 nhiệm vụ cấp cơ sở bắt đầu "
                + "thực hiện từ năm 2025, 01 nhiệm vụ cấp bộ và 01 nhiệm vụ hợp tác quốc tế bắt đầu thực hiện từ năm 2025), cụ thể: "
                + "01 nhiệm vụ cấp quốc gia, 02 nhiệm vụ cấp bộ và 01 nhiệm vụ hợp tác quốc tế; 02 dự án, đề tài cấp tỉnh");
        assertThat(yearDocx).contains("; 01 dự án cấp cơ sở.");
        // the acceptances: ministerial and national ones are not tallied under the provincial tasks
        assertThat(yearDocx).contains("Tổ chức Hội đồng nghiệm thu đối với 04 nhiệm vụ (01 nhiệm vụ cấp quốc gia, 01 nhiệm vụ cấp tỉnh và "
                + "02 nhiệm vụ cấp bộ), trong đó có 01 nhiệm vụ xếp loại xuất sắc, 02 nhiệm vụ xếp loại khá, 01 nhiệm vụ xếp loại đạt.");
        assertThat(yearDocx).doesNotContain("(trong đó, có");
        // the month part of the year report: the tasks in hand at its end, no council, no acceptance
        assertThat(yearDocx).contains("Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với 07 nhiệm vụ KH&CN đang được triển khai thực hiện "
                + "trên địa bàn tỉnh gồm có: 01 nhiệm vụ cấp quốc gia, 01 nhiệm vụ cấp cơ sở, 02 nhiệm vụ cấp bộ, 01 nhiệm vụ hợp tác quốc tế, "
                + "02 dự án, đề tài cấp tỉnh đang được triển khai thực hiện trên địa bàn tỉnh; ").doesNotContain("thành lập 00");
        // technology, IP, radiation, inspection, metrology, outreach
        assertThat(yearDocx).contains("Tư vấn, hướng dẫn cho 02 tổ chức, cá nhân thủ tục đề nghị hỗ trợ kinh phí đăng ký quyền sở hữu công nghiệp;")
                .doesNotContain("Chương trình phát triển tài sản trí tuệ")
                .contains("đã tiến hành xem xét giải quyết 02 hồ sơ trong lĩnh vực an toàn bức xạ, hạt nhân;")
                .contains("Tổ chức 03 cuộc thanh tra chuyên ngành (02 cuộc về đo lường, 01 cuộc về bưu chính, viễn thông) đối với 03 cơ sở; "
                        + "Tổ chức 01 cuộc kiểm tra nhà nước (01 cuộc về chất lượng sản phẩm, hàng hóa) tại 01 cơ sở sản xuất, kinh doanh trên địa bàn "
                        + "tỉnh; Kiểm tra 04 phương tiện đo tại các cơ sở được thanh tra, kiểm tra; Địa bàn các cơ sở được thanh tra, kiểm tra: "
                        + "01 cơ sở tại xã Lam Giang;")
                .contains("hoàn thành xây dựng 01 nhãn hiệu tập thể cho sản phẩm đặc sản của địa phương (Chè Lam Giang);")
                .contains("- Kết quả của 01 nhiệm vụ KH&CN (01 nhiệm vụ cấp quốc gia) được ứng dụng vào sản xuất, đời sống.")
                .contains("Kiểm định, hiệu chuẩn được 05 PTĐ, trong đó 04 PTĐ đạt, 01 PTĐ không đạt, gồm công tơ điện, cột đo khí dầu mỏ hóa lỏng...;")
                .contains("Cập nhật được 02 tin, bài lên trang thông tin điện tử skhcn.binhlam.gov.vn; thực hiện 01 chuyên mục KH&CN và đời sống "
                        + "phát trên sóng của Báo và Phát thanh, Truyền hình Bình Lam;");
        // zero figures are left out or worded
        assertThat(yearDocx).contains("- Chưa có dự thảo văn bản đang tham mưu xây dựng.").doesNotContain("xuất bản tài liệu")
                .doesNotContain("sản xuất …").doesNotContain("máy X-quang").doesNotContain("lớp hướng dẫn kỹ thuật");
        assertThat(yearDocx).doesNotContainPattern("(?<![0-9.])00(?![0-9])");
    }

    @Test
    void theMonthsFiguresCouncilsAcceptancesMetrologyInspectionRadiationAndIp() {
        JsonNode m = json.readTree(monthJson).path("periods").path("month").path("indicators");
        assertThat(m.path("tasks.councilsHeld").path("value").asLong()).isEqualTo(2);
        assertThat(m.path("tasks.accepted").path("by").path("rating").toString()).isEqualTo("{\"EXCELLENT\":1,\"GOOD\":1}");
        assertThat(m.path("metrology.verifications").path("by").path("result").toString()).isEqualTo("{\"FAIL\":1,\"PASS\":2}");
        assertThat(monthDocx).contains("Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với 07 nhiệm vụ KH&CN đang được triển khai thực hiện "
                + "trên địa bàn tỉnh gồm có: 01 nhiệm vụ cấp quốc gia, 01 nhiệm vụ cấp cơ sở, 02 nhiệm vụ cấp bộ, 01 nhiệm vụ hợp tác quốc tế, "
                + "02 dự án, đề tài cấp tỉnh đang được triển khai thực hiện trên địa bàn tỉnh, trong đó đã tham mưu thành lập 02 Hội đồng nghiệm thu (");
        assertThat(monthDocx).contains("- Về công tác đánh giá, nghiệm thu nhiệm vụ KH&CN trong tháng: tổ chức họp 02 hội đồng (02 hội đồng nghiệm thu); "
                + "02 nhiệm vụ được hội đồng nghiệm thu đánh giá (02 nhiệm vụ cấp bộ), trong đó có 01 nhiệm vụ xếp loại xuất sắc, "
                + "01 nhiệm vụ xếp loại khá.");
        assertThat(monthDocx).contains("- Về công tác đo lường, thanh tra, kiểm tra, an toàn bức xạ và sở hữu trí tuệ trong tháng: kiểm định, hiệu chuẩn "
                + "được 03 PTĐ (02 PTĐ đạt, 01 PTĐ không đạt); tổ chức 01 cuộc thanh tra chuyên ngành (01 cuộc về đo lường) đối với 01 cơ sở; "
                + "xem xét giải quyết 01 hồ sơ trong lĩnh vực an toàn bức xạ, hạt nhân; tư vấn, hướng dẫn cho 02 tổ chức, cá nhân (02 lượt) "
                + "thủ tục đề nghị hỗ trợ kinh phí đăng ký quyền sở hữu công nghiệp.");
        // a month without broadcasts: the footnote has the news posts only, no "00 chuyên mục"
        assertThat(monthDocx).contains("Cập nhật được 01 tin, bài lên trang thông tin điện tử skhcn.binhlam.gov.vn; [Chưa viết: month-outreach")
                .doesNotContain("chuyên mục KH&CN và đời sống");
        assertThat(monthDocx).doesNotContainPattern("(?<![0-9.])00(?![0-9])");
        // a monthly report has no year-to-date section
        assertThat(monthDocx).doesNotContain("II. KẾT QUẢ HOẠT ĐỘNG").contains("II. NHIỆM VỤ KH&CN TRỌNG TÂM THÁNG 12");
    }

    @Test
    void theRadiationInspectionsAreBrokenDownByCommuneNotByDistrict() {
        // facilities placed by their commune only: the communes in order of first inspection, each with its kind
        JsonNode ytd = json.readTree(yearJson).path("periods").path("ytd").path("indicators");
        // the inspected facilities' communes (đặc khu Hòn Lam, phường Lam Sơn), by the former district each came from
        assertThat(ytd.path("radiation.inspectedCommunes").path("value").asLong()).isEqualTo(2);
        assertThat(ytd.path("radiation.inspectedCommunes").path("by").toString())
                .isEqualTo("{\"formerDistrict\":{\"Hòn Lam\":1,\"Thành phố Phú Lam\":1}}");
        assertThat(ytd.path("radiation.inspectedDistricts").path("value").asLong()).isZero();
        JsonNode month = json.readTree(monthJson).path("periods").path("month").path("indicators");
        assertThat(month.path("radiation.inspectedCommunes").path("value").asLong()).isEqualTo(1);
        JsonNode yearsMonth = json.readTree(yearJson).path("periods").path("month").path("indicators");
        assertThat(yearsMonth.path("radiation.inspectedCommunes").path("by").toString()).isEqualTo("{\"formerDistrict\":{\"Hòn Lam\":1}}");
        // reports of the two-level government's time name no district
        for (String docx : List.of(yearDocx, monthDocx)) {
            assertThat(docx.toLowerCase(java.util.Locale.ROOT)).doesNotContain("huyện");
        }
    }

    @Test
    void itsOwnUnitKeepsTheOutreachRegisterAndTheReportCountsItsRecords() {
        JsonNode digital = null;
        for (JsonNode u : json.readTree(profileJson).path("parts").path("units")) {
            if (u.path("code").asString().equals("DIGITAL")) {
                digital = u;
            }
        }
        assertThat(digital).as(profileJson).isNotNull();
        assertThat(digital.path("name").asString()).isEqualTo("Phòng Chuyển đổi số");
        assertThat(digital.path("retired").asBoolean()).isFalse();
        assertThat(digital.path("registers").toString()).isEqualTo("[\"outreach\"]");
        // the outreach records the new unit keeps (imported after it took the register) are the report's figures
        JsonNode ytd = json.readTree(yearJson).path("periods").path("ytd").path("indicators");
        assertThat(ytd.path("outreach.newsPosts").path("value").asLong()).isEqualTo(2);
        assertThat(yearDocx).contains("Cập nhật được 02 tin, bài lên trang thông tin điện tử skhcn.binhlam.gov.vn;");
    }

    @Test
    void theDemoWordsAreNowhere() {
        for (String w : DEMO_WORDS) {
            assertThat(yearDocx).as("year DOCX: " + w).doesNotContain(w);
            assertThat(yearJson).as("year JSON: " + w).doesNotContain(w);
            assertThat(monthDocx).as("month DOCX: " + w).doesNotContain(w);
            assertThat(monthJson).as("month JSON: " + w).doesNotContain(w);
        }
    }

    // ---- helpers: a clerk's spreadsheets

    private static Path newFolder() {
        try {
            Path d = Files.createTempDirectory("khcn-adoption-");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Object[] row(Object... cells) {
        return cells;
    }

    private Path csv(String name, String header, String... rows) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "\uFEFF" + header + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    private Path xlsx(String name, String sheet, List<String> headings, List<Object[]> rows) throws IOException {
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

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Khcn.commandLine().execute(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
