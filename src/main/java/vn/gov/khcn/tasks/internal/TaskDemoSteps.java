package vn.gov.khcn.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.tasks.BudgetCommand;
import vn.gov.khcn.tasks.CouncilCommand;
import vn.gov.khcn.tasks.CouncilKind;
import vn.gov.khcn.tasks.CouncilMember;
import vn.gov.khcn.tasks.EventCommand;
import vn.gov.khcn.tasks.EventKind;
import vn.gov.khcn.tasks.RuralManagement;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.Tasks;

/**
 * The steps the S&T task demo data is entered by, through {@link Tasks} (so every lifecycle rule is checked): a task
 * with a code of its level and year, its events, councils and budget, and the hosts and documents of the seed.
 */
abstract class TaskDemoSteps {
    final Tasks tasks;
    final Organisations organisations;
    final Documents documents;
    int docNo = 200;
    int codeNo = 0;
    long centre;
    long duocLieu;
    long nongLam;
    long nomafsi;
    long khuyenNong;
    long diTruyen;
    long rauQua;
    long sinhThai;
    long caoDang;
    long yhct;
    long baoLac;
    long htxTrungKhanh;
    long htxThiNgan;
    long chanNuoi;
    long htxHoaAn;
    long qd84;
    long hd103;
    long ttr1161;
    long qd703;
    long[] list;
    long ntmn;
    long list2022;
    long ntmn2022;

    TaskDemoSteps(Tasks tasks, Organisations organisations, Documents documents) {
        this.tasks = tasks;
        this.organisations = organisations;
        this.documents = documents;
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    long org(String name, OrganisationKind kind, String district) {
        return organisations.findOrCreate(name, kind, district).id();
    }

    long doc(String number, String date, String issuer, String summary) {
        return documents.findOrRegister(DocumentCommand.of(number, null, d(date), issuer, summary)).id();
    }

    /** An invented document of the department or the province, numbered from a counter. */
    long gen(String type, String issuerSymbol, String date, String issuer, String summary) {
        return doc((docNo++) + "/" + type + "-" + issuerSymbol, date, issuer, summary);
    }

    long task(String title, TaskKind kind, TaskLevel level, RuralManagement rm, int startYear, long host,
                      String investigator, String field, int months, String location) {
        String code = switch (level.code()) {
            case "RURAL_MOUNTAIN" -> "NTMN";
            case "URGENT_LOCAL" -> "CTĐP";
            case "GRASSROOTS" -> "CS";
            case "NATIONAL" -> "QG";
            default -> "ĐT";
        } + "." + startYear + "." + String.format("%02d", ++codeNo);
        return tasks.record(TaskCommand.of(code, title, kind, level, rm, startYear, host, investigator, field, months, location)).id();
    }

    void ev(long task, EventKind kind, String date, Long doc) {
        tasks.recordEvent(task, new EventCommand(kind, d(date), null, null, doc == null ? List.of() : List.of(doc), null, null, List.of(), null));
    }

    void accepted(long task, String date, String rating, long doc) {
        tasks.recordEvent(task, new EventCommand(EventKind.ACCEPTED, d(date), rating, null, List.of(doc), null, null, List.of(), null));
    }

    void budget(long task, String date, long state, long other, long doc) {
        tasks.amendBudget(task, new BudgetCommand(d(date), state, other, doc, null, null));
    }

    void council(long task, CouncilKind kind, String formed, String meeting, String outcome, long doc) {
        tasks.formCouncil(task, new CouncilCommand(kind, d(formed), meeting == null ? null : d(meeting), outcome, doc, List.of(
                new CouncilMember("Nguyễn Thị Hà (demo)", "Chủ tịch"),
                new CouncilMember("Hoàng Văn Quân (demo)", "Phó Chủ tịch"),
                new CouncilMember("Nông Thị Lan (demo)", "Phản biện"),
                new CouncilMember("Lục Văn Thành (demo)", "Phản biện"),
                new CouncilMember("Bế Thị Hương (demo)", "Ủy viên"),
                new CouncilMember("Đàm Văn Minh (demo)", "Thư ký khoa học")), null));
    }

    /** LISTED → APPROVED → CONTRACTED, with the initial budget. */
    void start(long task, long list, String listed, String approved, String contracted, long state, long other) {
        ev(task, EventKind.LISTED, listed, list);
        long approval = gen("QĐ", "UBND", approved, "UBND tỉnh", "Phê duyệt nhiệm vụ KH&CN, tổ chức chủ trì, chủ nhiệm và kinh phí");
        ev(task, EventKind.APPROVED, approved, approval);
        budget(task, approved, state, other, approval);
        ev(task, EventKind.CONTRACTED, contracted, gen("HĐ", "SKH&CN", contracted, null, "Hợp đồng thực hiện nhiệm vụ KH&CN"));
    }

    /** Council formed, accepted, recognised, certified. */
    void finish(long task, String councilFormed, String acceptedOn, String rating, String recognised, String certified) {
        long c = gen("QĐ", "SKH&CN", councilFormed, null, "Thành lập Hội đồng KH&CN đánh giá nghiệm thu nhiệm vụ");
        ev(task, EventKind.ACCEPTANCE_COUNCIL_FORMED, councilFormed, c);
        council(task, CouncilKind.ACCEPTANCE, councilFormed, acceptedOn, "Xếp loại " + switch (rating) {
            case "EXCELLENT" -> "Xuất sắc";
            case "GOOD" -> "Khá";
            case "FAILED" -> "Không đạt";
            default -> "Đạt";
        }, c);
        accepted(task, acceptedOn, rating, gen("BB", "HĐNT", acceptedOn, null, "Biên bản họp Hội đồng đánh giá nghiệm thu"));
        if (recognised != null) {
            ev(task, EventKind.RESULTS_RECOGNISED, recognised, gen("QĐ", "UBND", recognised, "UBND tỉnh", "Công nhận kết quả thực hiện nhiệm vụ KH&CN"));
        }
        if (certified != null) {
            ev(task, EventKind.CERTIFIED, certified, gen("GCN", "SKH&CN", certified, null, "Giấy chứng nhận kết quả thực hiện nhiệm vụ KH&CN"));
        }
    }


    /** The hosts and the documents of the seed, and the lists of earlier years. */
    void hostsAndDocuments() {
        // Hosts.
        centre = org("Trung tâm Ứng dụng tiến bộ KH&CN Cao Bằng", OrganisationKind.PUBLIC_UNIT, "Thành phố Cao Bằng");
        duocLieu = org("Viện Dược liệu", OrganisationKind.RESEARCH_INSTITUTE, null);
        nongLam = org("Trường Đại học Nông Lâm - Đại học Thái Nguyên", OrganisationKind.RESEARCH_INSTITUTE, null);
        nomafsi = org("Viện Khoa học Nông Lâm nghiệp miền núi phía Bắc", OrganisationKind.RESEARCH_INSTITUTE, null);
        khuyenNong = org("Trung tâm Khuyến nông tỉnh Cao Bằng", OrganisationKind.PUBLIC_UNIT, "Thành phố Cao Bằng");
        diTruyen = org("Viện Di truyền Nông nghiệp", OrganisationKind.RESEARCH_INSTITUTE, null);
        rauQua = org("Viện Nghiên cứu Rau quả", OrganisationKind.RESEARCH_INSTITUTE, null);
        sinhThai = org("Viện Sinh thái và Tài nguyên sinh vật", OrganisationKind.RESEARCH_INSTITUTE, null);
        caoDang = org("Trường Cao đẳng Cao Bằng", OrganisationKind.PUBLIC_UNIT, "Thành phố Cao Bằng");
        yhct = org("Bệnh viện Y học cổ truyền tỉnh Cao Bằng", OrganisationKind.HEALTH_FACILITY, "Thành phố Cao Bằng");
        baoLac = org("Công ty TNHH Nông sản sạch Bảo Lạc", OrganisationKind.ENTERPRISE, "Bảo Lạc");
        htxTrungKhanh = org("Hợp tác xã Nông nghiệp Đình Phong", OrganisationKind.COOPERATIVE, "Trùng Khánh");
        htxThiNgan = org("Hợp tác xã Chè Thị Ngân", OrganisationKind.COOPERATIVE, "Thạch An");
        chanNuoi = org("Chi cục Chăn nuôi và Thú y tỉnh Cao Bằng", OrganisationKind.STATE_AGENCY, "Thành phố Cao Bằng");
        htxHoaAn = org("Hợp tác xã Dịch vụ nông nghiệp Hồng Việt", OrganisationKind.COOPERATIVE, "Hòa An");

        // Documents of the seed.
        qd84 = doc("84/QĐ-UBND", "2021-01-15", "UBND tỉnh", "Phê duyệt Kế hoạch khoa học và công nghệ tỉnh Cao Bằng năm 2021");
        hd103 = doc("103/HD-SKH&CN", "2021-01-25", null,
                "Hướng dẫn thực hiện Quyết định số 24/2020/QĐ-UBND quy định quản lý nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách nhà nước");
        ttr1161 = doc("1161/TTr-SKH&CN", "2021-09-08", null,
                "Đề nghị phê duyệt 03 nhiệm vụ KH&CN cấp tỉnh bắt đầu thực hiện từ năm 2021");
        qd703 = doc("703/QĐ-UBND", "2021-04-29", "UBND tỉnh", "Giao quyền sử dụng kết quả nghiên cứu KH&CN cho các đơn vị");
        // Lists of earlier years (invented numbers).
        list = new long[2023];
        for (int y = 2015; y <= 2020; y++) {
            list[y] = gen("QĐ", "UBND", (y - 1) + "-10-20", "UBND tỉnh",
                    "Phê duyệt danh mục nhiệm vụ KH&CN cấp tỉnh bắt đầu thực hiện năm " + y);
        }
        ntmn = gen("QĐ", "BKHCN", "2018-07-12", "Bộ Khoa học và Công nghệ",
                "Phê duyệt danh mục dự án thuộc Chương trình nông thôn miền núi bắt đầu thực hiện từ năm 2019, 2020");
        list2022 = gen("QĐ", "UBND", "2021-08-10", "UBND tỉnh",
                "Phê duyệt Danh mục nhiệm vụ KH&CN cấp tỉnh bắt đầu thực hiện năm 2022");
        ntmn2022 = gen("QĐ", "BKHCN", "2021-06-18", "Bộ Khoa học và Công nghệ",
                "Phê duyệt danh mục dự án thuộc Chương trình nông thôn miền núi bắt đầu thực hiện từ năm 2022 tỉnh Cao Bằng");
    }
}
