package vn.gov.khcn.tasks.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DemoDataContributor;
import vn.gov.khcn.tasks.CouncilKind;
import vn.gov.khcn.tasks.EventCommand;
import vn.gov.khcn.tasks.EventKind;
import vn.gov.khcn.tasks.RuralManagement;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.Tasks;

/**
 * The S&T tasks of the Cao Bằng 2021 demo dataset, entered event by event through {@link Tasks} (so
 * every lifecycle rule is checked). Periods of the seed: M = 17/8/2021–16/9/2021, YTD = 17/12/2020–16/9/2021.
 *
 * <pre>
 * group                       n  level (start)           events that count                                 golden cells
 * U1 mật máu                  1  URGENT_LOCAL (2020)     contracted 2020, progress check 10/2020 (not YTD) managed, implementing
 * R1–R5 NTMN                  5  RURAL_MOUNTAIN (19/20)  contracted; PROGRESS_CHECKED 2021 (all 5);        managed, implementing,
 *                                                        ADJUSTMENT_REQUESTED 6/2021 (R1–R3)               progress 5, adjustment 3
 * C1–C2                       2  PROVINCIAL (2018)       accepted 11/2020, recognised 01/2021,             managed, recognised, certified YTD
 *                                                        certified 02–03/2021 (before M)
 * C3                          1  PROVINCIAL (2019)       accepted 3/2021 EXCELLENT, recognised 4, cert 5   + accepted YTD
 * C4 (grassroots, NEW)        1  GRASSROOTS (2021)       listed QĐ 84, contracted 3/2021, accepted 6/2021  managed NEW/GRASSROOTS,
 *                                                        PASSED, recognised 7, certified 20/7 (before M)   accepted, recognised, certified
 * C5–C7                       3  PROVINCIAL (2019/20)    accepted 6–7/2021 PASSED, recognised 8/2021,      implementing (open in M),
 *                                                        CERTIFIED 25/8, 06/9, 10/9 (in M)                 certified M 3
 * Mận, Lê Bảo Lạc             2  PROVINCIAL (2019/20)    ACCEPTANCE_COUNCIL_FORMED 26/8, 08/9 (in M)       councils formed M 2
 * P1–P7 (Sâm, lê Đông Khê…)   7  PROVINCIAL (2019/20)    PROGRESS_CHECKED in 2021                          progress 7 provincial
 * P8–P16                      9  PROVINCIAL (2019/20)    contracted, nothing counted in 2021
 * N1–N3                       3  PROVINCIAL (2021)       listed QĐ 84, call, selected, appraised,          managed NEW/PROVINCIAL,
 *                                                        SUBMITTED 08/9/2021 (TTr 1161), not contracted    submitted M 3
 * O1–O10 older, finished     10  PROVINCIAL (2015–18)    certified 2017–2020; RESULTS_TRANSFERRED          transferred 10, recipients 17
 *                                                        29/4/2021 (QĐ 703) to 17 organisations
 * X1–X14 list 2022           14  PROVINCIAL 11, GRASS. 3 LISTED 10/8/2021, call opened 01/9/2021        listed next year
 * Y1–Y5 NTMN 2022             5  RURAL_MOUNTAIN (2022)   LISTED 18/6/2021 (CENTRAL 3, DELEGATED 2);       listed next year,
 *                                                        APPRAISED 10/9 and 14/9 (Y1, Y4)                 appraised next year 2
 * managed YTD 34 = U1 + R1–R5 + (C1–C3, C5–C7, Mận, Lê BL, P1–P16 = 24 carried-over provincial) + N1–N3 + C4
 *   = URGENT_LOCAL 1 + RURAL_MOUNTAIN 5 + PROVINCIAL 27 + GRASSROOTS 1 = CARRIED_OVER 30 + NEW 4.
 * implementing M 27 = 34 − N1–N3 (not contracted) − C1–C4 (certified before 17/8) = 1 + 5 + 21.
 * accepted YTD 5 = C3 EXCELLENT + C4, C5, C6, C7 PASSED; recognised and certified YTD 7 = C1–C7.
 * </pre>
 */
@org.springframework.core.annotation.Order(100)
@Component
class TaskDemoData extends TaskDemoSteps implements DemoDataContributor {
    TaskDemoData(Tasks tasks, Organisations organisations, Documents documents) {
        super(tasks, organisations, documents);
    }

    @Override
    public void load() {
        hostsAndDocuments();

        // U1: urgent local task on national funds.
        long u1 = task("Ứng dụng tiến bộ KH&CN xây dựng mô hình trồng và chế biến cây mật máu theo hướng hàng hóa tại huyện Bảo Lạc",
                TaskKind.PROJECT, TaskLevel.URGENT_LOCAL, null, 2020, baoLac, "Nông Văn Dũng (demo)", "Nông nghiệp", 36, "Huyện Bảo Lạc");
        start(u1, list[2020], "2019-10-25", "2020-03-10", "2020-04-15", 4_500_000_000L, 1_200_000_000L);
        ev(u1, EventKind.PROGRESS_CHECKED, "2020-10-20", gen("BB", "SKH&CN", "2020-10-20", null, "Biên bản kiểm tra tiến độ"));

        // R1–R5: rural and mountain programme.
        long[] r = {
                task("Xây dựng mô hình trồng cây Hà thủ ô đỏ theo hướng sản xuất hàng hóa tại huyện Bảo Lạc", TaskKind.PROJECT,
                        TaskLevel.RURAL_MOUNTAIN, RuralManagement.DELEGATED, 2020, duocLieu, "Phạm Thị Thu (demo)", "Dược liệu", 36, "Huyện Bảo Lạc"),
                task("Ứng dụng tiến bộ KH&CN xây dựng mô hình sản xuất lúa nếp Hương theo chuỗi giá trị tại huyện Bảo Lạc", TaskKind.PROJECT,
                        TaskLevel.RURAL_MOUNTAIN, RuralManagement.DELEGATED, 2020, khuyenNong, "Lương Văn Hòa (demo)", "Nông nghiệp", 36, "Huyện Bảo Lạc"),
                task("Xây dựng mô hình sản xuất giống và thâm canh lúa nếp Ong tại huyện Trùng Khánh", TaskKind.PROJECT,
                        TaskLevel.RURAL_MOUNTAIN, RuralManagement.CENTRAL, 2019, diTruyen, "Trần Văn Khải (demo)", "Nông nghiệp", 42, "Huyện Trùng Khánh"),
                task("Ứng dụng tiến bộ kỹ thuật ghép cải tạo và thâm canh cây Dẻ Trùng Khánh", TaskKind.PROJECT,
                        TaskLevel.RURAL_MOUNTAIN, RuralManagement.CENTRAL, 2020, nomafsi, "Đinh Văn Tiến (demo)", "Lâm nghiệp", 36, "Huyện Trùng Khánh"),
                task("Xây dựng mô hình thâm canh và chế biến chè Thị Ngân tại huyện Thạch An", TaskKind.PROJECT,
                        TaskLevel.RURAL_MOUNTAIN, RuralManagement.DELEGATED, 2019, htxThiNgan, "Hà Thị Nga (demo)", "Nông nghiệp", 36, "Huyện Thạch An")};
        String[][] rDates = {{"2019-08-20", "2020-02-20", "2020-03-15"}, {"2019-08-20", "2020-02-25", "2020-03-20"},
                {"2018-08-15", "2019-03-01", "2019-04-01"}, {"2019-08-20", "2020-03-05", "2020-04-01"}, {"2018-08-15", "2019-03-10", "2019-04-05"}};
        for (int i = 0; i < 5; i++) {
            ev(r[i], EventKind.LISTED, rDates[i][0], ntmn);
            long approval = gen("QĐ", "BKHCN", rDates[i][1], "Bộ Khoa học và Công nghệ", "Phê duyệt dự án thuộc Chương trình nông thôn miền núi");
            ev(r[i], EventKind.APPRAISED, rDates[i][1], null);
            ev(r[i], EventKind.APPROVED, rDates[i][1], approval);
            budget(r[i], rDates[i][1], 3_000_000_000L + i * 250_000_000L, 1_500_000_000L, approval);
            ev(r[i], EventKind.CONTRACTED, rDates[i][2], gen("HĐ", "BKHCN", rDates[i][2], "Bộ Khoa học và Công nghệ", "Hợp đồng thực hiện dự án"));
            ev(r[i], EventKind.PROGRESS_CHECKED, "2021-05-1" + i, gen("BB", "SKH&CN", "2021-05-1" + i, null, "Biên bản kiểm tra tiến độ dự án NTMN"));
        }
        for (int i = 0; i < 3; i++) {
            ev(r[i], EventKind.ADJUSTMENT_REQUESTED, "2021-06-2" + i, gen("CV", "UBND", "2021-06-2" + i, "UBND tỉnh",
                    "Đề nghị Bộ KH&CN xem xét điều chỉnh một số nội dung dự án thuộc Chương trình nông thôn miền núi"));
        }

        // C1–C7: tasks certified in the year to date.
        long c1 = task("Nghiên cứu xây dựng quy trình nhân giống và trồng cây Trúc sào tại huyện Nguyên Bình", TaskKind.RESEARCH,
                TaskLevel.PROVINCIAL, null, 2018, nongLam, "Hoàng Thị Mai (demo)", "Lâm nghiệp", 30, "Huyện Nguyên Bình");
        start(c1, list[2018], "2017-10-25", "2018-03-05", "2018-04-02", 1_150_000_000L, 0);
        finish(c1, "2020-10-26", "2020-11-12", "GOOD", "2021-01-20", "2021-02-22");
        long c2 = task("Ứng dụng công nghệ sinh học sản xuất chế phẩm vi sinh xử lý chất thải chăn nuôi tại tỉnh Cao Bằng", TaskKind.PROJECT,
                TaskLevel.PROVINCIAL, null, 2018, centre, "Lưu Văn Bình (demo)", "Công nghệ sinh học", 30, "Huyện Hòa An");
        start(c2, list[2018], "2017-10-25", "2018-03-12", "2018-04-10", 980_000_000L, 120_000_000L);
        finish(c2, "2020-10-30", "2020-11-25", "PASSED", "2021-01-28", "2021-03-09");
        long c3 = task("Nghiên cứu đặc điểm sinh học và kỹ thuật gây trồng cây Giảo cổ lam tại tỉnh Cao Bằng", TaskKind.RESEARCH,
                TaskLevel.PROVINCIAL, null, 2019, duocLieu, "Vũ Thị Hạnh (demo)", "Dược liệu", 24, "Huyện Nguyên Bình");
        start(c3, list[2019], "2018-10-25", "2019-03-04", "2019-04-01", 1_320_000_000L, 0);
        finish(c3, "2021-02-22", "2021-03-18", "EXCELLENT", "2021-04-15", "2021-05-17");
        long c4 = task("Ứng dụng chế phẩm sinh học xử lý phụ phẩm nông nghiệp làm phân bón hữu cơ tại xã Hồng Việt, huyện Hòa An",
                TaskKind.RESEARCH, TaskLevel.GRASSROOTS, null, 2021, htxHoaAn, "Nông Thị Thanh (demo)", "Nông nghiệp", 6, "Huyện Hòa An");
        ev(c4, EventKind.LISTED, "2021-01-15", qd84);
        long c4a = gen("QĐ", "SKH&CN", "2021-02-22", null, "Phê duyệt nhiệm vụ KH&CN cấp cơ sở năm 2021");
        ev(c4, EventKind.APPROVED, "2021-02-22", c4a);
        budget(c4, "2021-02-22", 150_000_000L, 30_000_000L, c4a);
        ev(c4, EventKind.CONTRACTED, "2021-03-01", gen("HĐ", "SKH&CN", "2021-03-01", null, "Hợp đồng thực hiện nhiệm vụ cấp cơ sở"));
        finish(c4, "2021-06-14", "2021-06-25", "PASSED", "2021-07-05", "2021-07-20");
        String[][] cm = {
                {"Nghiên cứu chọn lọc và nhân giống cây Quýt Trà Lĩnh bằng phương pháp ghép", "2019", "2021-05-20", "2021-06-10", "2021-08-05", "2021-08-25"},
                {"Xây dựng mô hình nuôi Vịt cỏ Trùng Khánh an toàn sinh học", "2019", "2021-06-01", "2021-06-22", "2021-08-10", "2021-09-06"},
                {"Nghiên cứu ứng dụng công nghệ GIS xây dựng bản đồ thổ nhưỡng phục vụ quy hoạch cây ăn quả tỉnh Cao Bằng", "2020", "2021-06-15", "2021-07-08", "2021-08-12", "2021-09-10"}};
        long[] cHosts = {rauQua, chanNuoi, nongLam};
        for (int i = 0; i < 3; i++) {
            long t = task(cm[i][0], i == 2 ? TaskKind.RESEARCH : TaskKind.PROJECT, TaskLevel.PROVINCIAL, null, Integer.parseInt(cm[i][1]),
                    cHosts[i], new String[]{"Lê Văn Cường (demo)", "Triệu Thị Yến (demo)", "Mạc Văn Sơn (demo)"}[i], "Nông nghiệp", 24, "Tỉnh Cao Bằng");
            int y = Integer.parseInt(cm[i][1]);
            start(t, list[y], (y - 1) + "-10-25", y + "-03-08", y + "-04-06", 1_050_000_000L + i * 100_000_000L, 0);
            finish(t, cm[i][2], cm[i][3], "PASSED", cm[i][4], cm[i][5]);
        }

        // Mận and Lê Bảo Lạc: acceptance councils formed in the month, not yet met (Covid-19).
        long man = task("Nghiên cứu tuyển chọn và nhân giống cây Mận Tam hoa tại huyện Bảo Lạc", TaskKind.RESEARCH,
                TaskLevel.PROVINCIAL, null, 2019, rauQua, "Đỗ Văn Hùng (demo)", "Nông nghiệp", 30, "Huyện Bảo Lạc");
        start(man, list[2019], "2018-10-25", "2019-03-11", "2019-04-08", 1_200_000_000L, 0);
        long le = task("Nghiên cứu phục tráng và phát triển giống Lê Bảo Lạc", TaskKind.RESEARCH,
                TaskLevel.PROVINCIAL, null, 2020, rauQua, "Phùng Thị Dung (demo)", "Nông nghiệp", 24, "Huyện Bảo Lạc");
        start(le, list[2020], "2019-10-25", "2020-03-16", "2020-04-13", 1_100_000_000L, 0);
        for (Object[] m : new Object[][]{{man, "2021-08-26"}, {le, "2021-09-08"}}) {
            long t = (long) m[0];
            String date = (String) m[1];
            long c = gen("QĐ", "SKH&CN", date, null, "Thành lập Hội đồng KH&CN đánh giá nghiệm thu nhiệm vụ");
            ev(t, EventKind.ACCEPTANCE_COUNCIL_FORMED, date, c);
            council(t, CouncilKind.ACCEPTANCE, date, null, "Chưa tổ chức họp do ảnh hưởng của dịch Covid-19", c);
        }

        // P1–P16: other provincial tasks being carried out; P1–P7 had their progress checked this year.
        Object[][] p = {
                {"Nghiên cứu bảo tồn Sâm (Panax sp.) phân bố tự nhiên tại tỉnh Cao Bằng và kết hợp trồng thử nghiệm Sâm ngọc linh, Sâm lai châu", sinhThai, 2020, "Dược liệu"},
                {"Phục tráng và phát triển giống lê Đông Khê tại huyện Thạch An", rauQua, 2020, "Nông nghiệp"},
                {"Xây dựng, quản lý và phát triển nhãn hiệu chứng nhận \"Thạch Đen Cao Bằng\"", centre, 2020, "Sở hữu trí tuệ"},
                {"Xây dựng, quản lý và phát triển nhãn hiệu chứng nhận \"Vịt cỏ Trùng Khánh\"", centre, 2019, "Sở hữu trí tuệ"},
                {"Xây dựng chỉ dẫn địa lý \"Nếp Hương Bảo Lạc\" cho sản phẩm gạo nếp Hương", khuyenNong, 2020, "Sở hữu trí tuệ"},
                {"Nghiên cứu ứng dụng chế phẩm nano trong xử lý hạt giống ngô tại huyện Trùng Khánh", centre, 2020, "Nông nghiệp"},
                {"Nghiên cứu bài thuốc y học cổ truyền dân tộc Tày, Nùng điều trị bệnh xương khớp", yhct, 2019, "Y dược"},
                {"Ứng dụng công nghệ nuôi cấy mô sản xuất cây giống Lan kim tuyến tại Cao Bằng", centre, 2020, "Công nghệ sinh học"},
                {"Nghiên cứu bảo quản quả quýt bằng màng sinh học sau thu hoạch", nongLam, 2020, "Công nghệ sau thu hoạch"},
                {"Nghiên cứu sản xuất trà túi lọc Giảo cổ lam quy mô công nghiệp", centre, 2019, "Công nghệ thực phẩm"},
                {"Xây dựng cơ sở dữ liệu số về di sản văn hóa các dân tộc tỉnh Cao Bằng", caoDang, 2020, "Khoa học xã hội"},
                {"Nghiên cứu giải pháp phát triển du lịch cộng đồng gắn với Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng", caoDang, 2019, "Khoa học xã hội"},
                {"Xây dựng mô hình nuôi bò thịt chất lượng cao từ bò H'Mông tại huyện Bảo Lâm", chanNuoi, 2020, "Chăn nuôi"},
                {"Nghiên cứu tuyển chọn giống và kỹ thuật thâm canh cây Hồi tại huyện Thạch An", htxThiNgan, 2019, "Lâm nghiệp"},
                {"Nghiên cứu ứng dụng năng lượng mặt trời sấy nông sản quy mô hộ gia đình tại huyện Hà Quảng", caoDang, 2020, "Năng lượng"},
                {"Xây dựng mô hình sản xuất giống Trúc sào bằng phương pháp giâm hom tại huyện Nguyên Bình", nomafsi, 2020, "Lâm nghiệp"}};
        String[] investigators = {"Hoàng Văn Nam (demo)", "Lê Thị Hồng (demo)", "Bế Văn Kiên (demo)", "Nông Thị Hoa (demo)",
                "Lâm Văn Phúc (demo)", "Vi Thị Thảo (demo)", "Sầm Văn Lộc (demo)", "Đàm Thị Liên (demo)", "Hứa Văn Tú (demo)",
                "La Thị Vân (demo)", "Chu Văn Đức (demo)", "Mông Thị Huyền (demo)", "Triệu Văn Pao (demo)", "Ngôn Thị Nhung (demo)",
                "Dương Văn Lâm (demo)", "Hầu Thị Chi (demo)"};
        for (int i = 0; i < p.length; i++) {
            int y = (int) p[i][2];
            long t = task((String) p[i][0], i % 3 == 0 ? TaskKind.PROJECT : TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, y, (long) p[i][1],
                    investigators[i], (String) p[i][3], 36, "Tỉnh Cao Bằng");
            start(t, list[y], (y - 1) + "-10-25", y + "-03-1" + (i % 10), y + "-04-2" + (i % 9), 900_000_000L + i * 75_000_000L, i % 4 == 0 ? 200_000_000L : 0);
            if (i < 7) {
                ev(t, EventKind.PROGRESS_CHECKED, "2021-0" + (4 + i % 4) + "-1" + i, gen("BB", "SKH&CN", "2021-0" + (4 + i % 4) + "-1" + i, null,
                        "Biên bản kiểm tra tiến độ, xác định khối lượng"));
            } else {
                ev(t, EventKind.PROGRESS_CHECKED, "2020-09-1" + (i - 7), null);
            }
            if (i == 8) {
                long ext = gen("QĐ", "SKH&CN", "2021-07-20", null, "Gia hạn thời gian thực hiện nhiệm vụ do ảnh hưởng dịch Covid-19");
                ev(t, EventKind.EXTENDED, "2021-07-20", ext);
                budget(t, "2021-07-20", 900_000_000L + i * 75_000_000L, 150_000_000L, ext);
            }
        }

        // N1–N3: provincial tasks starting in 2021, submitted for approval on 08/9/2021.
        String[][] n = {
                {"Nghiên cứu phát triển sản phẩm OCOP từ cây Nghệ đen, Nghệ vàng tại tỉnh Cao Bằng", "Công nghệ thực phẩm"},
                {"Ứng dụng công nghệ thông tin xây dựng hệ thống truy xuất nguồn gốc nông sản chủ lực tỉnh Cao Bằng", "Công nghệ thông tin"},
                {"Nghiên cứu trồng thử nghiệm cây Mắc ca tại huyện Quảng Hòa", "Nông nghiệp"}};
        long[] nHosts = {centre, caoDang, nomafsi};
        for (int i = 0; i < 3; i++) {
            long t = task(n[i][0], TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, 2021, nHosts[i],
                    new String[]{"Hoàng Thị Loan (demo)", "Nguyễn Đức Anh (demo)", "Lý Văn Trường (demo)"}[i], n[i][1], 24, "Tỉnh Cao Bằng");
            ev(t, EventKind.LISTED, "2021-01-15", qd84);
            ev(t, EventKind.CALL_OPENED, "2021-02-01", hd103);
            long sel = gen("QĐ", "SKH&CN", "2021-04-1" + i, null, "Thành lập Hội đồng tư vấn tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì");
            ev(t, EventKind.SELECTED, "2021-04-2" + i, sel);
            council(t, CouncilKind.SELECTION, "2021-04-1" + i, "2021-04-2" + i, "Đề nghị giao trực tiếp tổ chức chủ trì", sel);
            ev(t, EventKind.APPRAISED, "2021-07-1" + i, gen("BB", "SKH&CN", "2021-07-1" + i, null, "Biên bản thẩm định nội dung, kinh phí"));
            ev(t, EventKind.SUBMITTED_FOR_APPROVAL, "2021-09-08", ttr1161);
        }

        // O1–O10: older tasks, finished, whose results were handed over by QĐ 703/QĐ-UBND ngày 29/4/2021.
        String[] recipientNames = {"Sở Nông nghiệp và Phát triển nông thôn tỉnh Cao Bằng", "Sở Y tế tỉnh Cao Bằng",
                "Sở Tài nguyên và Môi trường tỉnh Cao Bằng", "Sở Công Thương tỉnh Cao Bằng", "UBND huyện Bảo Lạc", "UBND huyện Bảo Lâm",
                "UBND huyện Hà Quảng", "UBND huyện Hạ Lang", "UBND huyện Hòa An", "UBND huyện Nguyên Bình", "UBND huyện Quảng Hòa",
                "UBND huyện Thạch An", "UBND huyện Trùng Khánh", "UBND thành phố Cao Bằng", "Trung tâm Khuyến nông tỉnh Cao Bằng",
                "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Cao Bằng", "Trung tâm Kiểm soát bệnh tật tỉnh Cao Bằng"};
        List<Long> recipients = new ArrayList<>();
        for (int i = 0; i < recipientNames.length; i++) {
            String name = recipientNames[i];
            OrganisationKind kind = name.startsWith("Trung tâm") ? OrganisationKind.PUBLIC_UNIT : OrganisationKind.STATE_AGENCY;
            recipients.add(org(name, kind, name.startsWith("UBND huyện") ? name.substring("UBND huyện ".length()) : "Thành phố Cao Bằng"));
        }
        String[] old = {"Nghiên cứu quy trình trồng và chế biến cây Thạch đen tại huyện Thạch An",
                "Nghiên cứu hiện trạng và đề xuất giải pháp bảo tồn cây thuốc quý của đồng bào Dao tại Cao Bằng",
                "Đánh giá chất lượng nguồn nước sinh hoạt nông thôn tỉnh Cao Bằng",
                "Nghiên cứu xây dựng quy trình nhân giống Dẻ Trùng Khánh bằng phương pháp ghép",
                "Nghiên cứu giải pháp phát triển thương mại điện tử cho sản phẩm đặc sản Cao Bằng",
                "Xây dựng mô hình trồng Thông mã vĩ lấy nhựa tại huyện Nguyên Bình",
                "Nghiên cứu sâu bệnh hại chính trên cây thuốc lá và biện pháp phòng trừ tổng hợp",
                "Ứng dụng tiến bộ kỹ thuật sản xuất lúa lai năng suất cao tại huyện Quảng Hòa",
                "Nghiên cứu thực trạng bệnh sốt xuất huyết và giải pháp phòng chống tại tỉnh Cao Bằng",
                "Nghiên cứu ứng dụng chế phẩm sinh học trong chăn nuôi lợn đen địa phương tại huyện Hà Quảng"};
        int[][] give = {{0, 11}, {1, 5}, {2, 13}, {0, 12, 4}, {3, 13}, {2, 9}, {15, 8}, {14, 10, 0}, {16, 1}, {6, 7}};
        long[] oldHosts = {centre, duocLieu, caoDang, nomafsi, caoDang, nongLam, khuyenNong, khuyenNong, yhct, chanNuoi};
        for (int i = 0; i < old.length; i++) {
            int y = 2015 + i % 4;
            long t = task(old[i], TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, y, oldHosts[i],
                    "Tác giả nhiệm vụ " + (i + 1) + " (demo)", "Nông nghiệp", 24, "Tỉnh Cao Bằng");
            start(t, list[y], (y - 1) + "-10-25", y + "-03-10", y + "-04-10", 700_000_000L + i * 50_000_000L, 0);
            int end = y + 2;
            finish(t, end + "-05-10", end + "-05-28", i % 3 == 0 ? "GOOD" : "PASSED", end + "-07-15", end + "-09-20");
            List<Long> to = new ArrayList<>();
            for (int k : give[i]) {
                to.add(recipients.get(k));
            }
            tasks.recordEvent(t, new EventCommand(EventKind.RESULTS_TRANSFERRED, d("2021-04-29"), null,
                    "Giao quyền sử dụng kết quả theo Quyết định số 703/QĐ-UBND", List.of(qd703), null, null, to, null));
        }

        // X1–X14: the 2022 provincial list (11 provincial, 3 grassroots); Y1–Y5: the 2022 rural and mountain list.
        String[] x = {"Nghiên cứu chọn tạo giống lúa chất lượng cao phù hợp vùng cao tỉnh Cao Bằng",
                "Nghiên cứu phát triển cây Thạch đen theo tiêu chuẩn VietGAP tại huyện Thạch An",
                "Nghiên cứu ứng dụng chuyển đổi số trong quản lý hồ sơ nhiệm vụ KH&CN tỉnh Cao Bằng",
                "Nghiên cứu đa dạng sinh học Khu bảo tồn thiên nhiên Phja Oắc - Phja Đén",
                "Nghiên cứu quy trình chế biến miến dong Cao Bằng đạt tiêu chuẩn an toàn thực phẩm",
                "Xây dựng mô hình nuôi cá Chiên trong lồng trên sông Gâm",
                "Nghiên cứu giải pháp nâng cao chất lượng nguồn nhân lực KH&CN tỉnh Cao Bằng",
                "Nghiên cứu thành phần hóa học và tác dụng sinh học của cây Ba kích tím Cao Bằng",
                "Ứng dụng công nghệ tưới tiết kiệm nước cho cây ăn quả tại vùng núi đá vôi",
                "Nghiên cứu bảo tồn và phát huy giá trị hát Then của dân tộc Tày tỉnh Cao Bằng",
                "Đánh giá tiềm năng năng lượng tái tạo phục vụ phát triển kinh tế - xã hội tỉnh Cao Bằng",
                "Ứng dụng kỹ thuật nhân giống nấm Linh chi tại Trung tâm Ứng dụng tiến bộ KH&CN",
                "Xây dựng mô hình trồng rau an toàn trong nhà lưới tại xã Hưng Đạo",
                "Ứng dụng phần mềm quản lý phương tiện đo tại Chi cục Tiêu chuẩn Đo lường Chất lượng"};
        long call = gen("TB", "SKH&CN", "2021-09-01", null, "Thông báo mở hồ sơ đăng ký tuyển chọn, giao trực tiếp nhiệm vụ KH&CN bắt đầu thực hiện năm 2022");
        for (int i = 0; i < x.length; i++) {
            TaskLevel level = i < 11 ? TaskLevel.PROVINCIAL : TaskLevel.GRASSROOTS;
            long t = task(x[i], TaskKind.RESEARCH, level, null, 2022, i < 11 ? nongLam : centre, "Chưa xác định (demo)", "Đa lĩnh vực",
                    TaskLevel.GRASSROOTS.equals(level) ? 12 : 24, "Tỉnh Cao Bằng");
            ev(t, EventKind.LISTED, "2021-08-10", list2022);
            ev(t, EventKind.CALL_OPENED, "2021-09-01", call);
        }
        String[] y = {"Xây dựng mô hình trồng cây Mác mật theo hướng hữu cơ tại huyện Hà Quảng",
                "Ứng dụng tiến bộ kỹ thuật xây dựng mô hình nuôi Ong mật tại huyện Nguyên Bình",
                "Xây dựng mô hình sản xuất và chế biến Gừng núi đá tại huyện Bảo Lâm",
                "Ứng dụng KH&CN phát triển sản xuất Hồng không hạt Bảo Lạc",
                "Xây dựng mô hình chăn nuôi Lợn đen Hạ Lang theo chuỗi giá trị"};
        for (int i = 0; i < y.length; i++) {
            long t = task(y[i], TaskKind.PROJECT, TaskLevel.RURAL_MOUNTAIN, i < 3 ? RuralManagement.CENTRAL : RuralManagement.DELEGATED, 2022,
                    i < 3 ? nomafsi : khuyenNong, "Chưa xác định (demo)", "Nông nghiệp", 36, "Tỉnh Cao Bằng");
            ev(t, EventKind.LISTED, "2021-06-18", ntmn2022);
            if (i == 0 || i == 3) {
                String date = i == 0 ? "2021-09-10" : "2021-09-14";
                ev(t, EventKind.APPRAISED, date, gen("BB", "BKHCN", date, "Bộ Khoa học và Công nghệ", "Biên bản thẩm định nội dung, kinh phí dự án"));
            }
        }
    }
}
