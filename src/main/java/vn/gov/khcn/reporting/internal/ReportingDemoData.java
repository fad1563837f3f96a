package vn.gov.khcn.reporting.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * Cao Bằng's report settings and the draft nine-months report for September 2021 with the seed's
 * narrative paragraphs and the six planned items of section III. Planned items are plans, kept as text,
 * except where they restate a current figure (item 1: the drafts in progress; item 6: the projects).
 */
@org.springframework.core.annotation.Order(900)
@Component
public class ReportingDemoData implements DemoDataContributor {
    public static final String LEGAL_BASIS = "Thực hiện chế độ báo cáo định kỳ và yêu cầu nêu tại Công văn số 2026/UBND-TH ngày 04/7/2018 của Ủy ban nhân dân tỉnh "
            + "về việc đổi mới, nâng cao chất lượng các báo cáo kinh tế - xã hội, Công văn số 1225/SKHĐT-THQH ngày 12/7/2019 của Sở Kế hoạch và Đầu tư "
            + "về việc đổi mới, nâng cao chất lượng báo cáo kinh tế - xã hội, Sở Khoa học và Công nghệ (KH&CN)";
    private final ReportSettings settings;
    private final Reports reports;
    private final vn.gov.khcn.reporting.ReportTexts texts;

    public ReportingDemoData(ReportSettings settings, Reports reports, vn.gov.khcn.reporting.ReportTexts texts) {
        this.texts = texts;
        this.settings = settings;
        this.reports = reports;
    }

    @Override
    public void load() {
        // a first start has no settings (V105): the demo department describes itself here, as an administrator would
        DepartmentSettings s = settings.get();
        settings.update(new DepartmentSettings(16, "Cao Bằng", "UBND TỈNH CAO BẰNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "khcncaobang.gov.vn",
                "Bế Đăng Khoa", "GIÁM ĐỐC", LEGAL_BASIS,
                "VP UBND tỉnh\nSở KH&ĐT\nGD, các PGĐ Sở\nCác phòng, đơn vị trực thuộc Sở", "BC-SKH&CN", "Cao Bằng", s.version()));
        Report r = reports.create(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9), LocalDate.of(2021, 9, 17));
        narratives().forEach((slot, body) -> texts.saveNarrative(r.id(), slot, body));
        texts.savePlanned(r.id(), planned());
    }

    public static Map<String, String> narratives() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("month-plans", "Kế hoạch KH&CN tỉnh năm 2021 (theo Quyết định số 84/QĐ-UBND ngày 15/01/2021) và Chương trình công tác của UBND tỉnh tháng 9 năm 2021 (theo Chương trình số 2332/CTr-UBND ngày 01/9/2021)");
        m.put("month-drafting", "Sở KH&CN đang trong quá trình chỉnh sửa, hoàn thiện dự thảo Nghị quyết của Tỉnh ủy theo ý kiến chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban cán sự Đảng UBND tỉnh để trình Hội nghị BCH Đảng bộ tỉnh, đồng thời chủ động xây dựng dự thảo Chương trình hành động của UBND tỉnh để thực hiện Nghị quyết của Tỉnh ủy; 03 dự thảo VBQPPL còn lại Sở KH&CN đã đẩy nhanh tiến độ xây dựng để trình HĐND, UBND tỉnh xem xét, ban hành.");
        m.put("month-acceptance-councils", "đề tài về Mận, Lê Bảo Lạc - tuy nhiên do ảnh hưởng của dịch bệnh Covid-19 nên chưa thể tổ chức Hội đồng nghiệm thu theo đúng Kế hoạch đặt ra");
        m.put("month-next-year-tasks", "Tổ chức mở hồ sơ đăng ký tuyển chọn, giao trực tiếp các tổ chức, cá nhân chủ trì thực hiện nhiệm vụ KH&CN bắt đầu thực hiện từ năm 2022;");
        m.put("month-science-other", "- Tiếp tục xây dựng dự thảo \"Phương án Quy hoạch mạng lưới tổ chức KH&CN công lập trên địa bàn tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050\"; dự thảo \"Quyết định phê duyệt đơn giá dịch vụ công sử dụng ngân sách nhà nước thuộc lĩnh vực KH&CN\".");
        m.put("month-technology", "+ Tham mưu triển khai thực hiện nhiệm vụ đánh giá thực trạng các chỉ số năng suất, năng suất vốn, năng suất lao động, năng suất các nhân tố tổng hợp (TFP) tỉnh Cao Bằng giai đoạn 2016 - 2020; Tổ chức thực hiện Kế hoạch của UBND tỉnh trong việc triển khai \"Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025\" trên địa bàn tỉnh Cao Bằng; Cho ý kiến về công nghệ đối với các dự án đầu tư;\n"
                + "+ Tiếp tục tham mưu xây dựng dự thảo Kế hoạch của UBND tỉnh triển khai Chiến lược Sở hữu trí tuệ đến năm 2030, hiện đang trong quá trình tổng hợp ý kiến của Cục Sở hữu trí tuệ, Viện Khoa học sở hữu trí tuệ, Vụ KH&CN Địa phương đối với dự thảo Kế hoạch; Theo dõi, đôn đốc các cơ sở bức xạ hoạt động theo đúng quy định; Trình Chủ tịch UBND tỉnh quyết định công nhận phạm vi ảnh hưởng, hiệu quả áp dụng của sáng kiến cấp tỉnh đợt 2, năm 2021;");
        m.put("month-tdc", "Tiếp tục triển khai Kế hoạch nâng cao năng lực quản lý nhà nước về đo lường cấp huyện theo Quyết định số 996/QĐ-TTg 10/8/2018 của Thủ tướng Chính phủ;");
        m.put("month-outreach", "Xây dựng dự thảo tài liệu Thông tin KH&CN số 3/2021; Xây dựng bản thảo ký yếu các đề tài, dự án nghiên cứu, ứng dụng KH&CN giai đoạn 2015-2020.");
        m.put("programme-document", "văn bản số 2332/CTr-UBND ngày 01/9/2021");
        m.put("ytd-intro", "Ngay từ đầu năm 2021, Sở KH&CN đã tập trung chỉ đạo, triển khai thực hiện các nhiệm vụ theo Kế hoạch KH&CN tỉnh năm 2021 và phân đấu hoàn thành cơ bản các nhiệm vụ được UBND tỉnh giao theo Chương trình công tác hàng tháng, năm của UBND tỉnh, kết quả đạt được cụ thể như sau:");
        m.put("ytd-drafting", "Hiện nay, Sở KH&CN đang chỉnh sửa, hoàn thiện dự thảo Nghị quyết của Tỉnh ủy theo ý kiến chỉ đạo của Ban Thường vụ Tỉnh ủy, Ban cán sự Đảng UBND tỉnh để trình Hội nghị BCH Đảng bộ tỉnh, đồng thời chủ động xây dựng dự thảo Chương trình hành động của UBND tỉnh để thực hiện Nghị quyết của Tỉnh ủy; 03 dự thảo VBQPPL còn lại Sở KH&CN đã đẩy nhanh tiến độ xây dựng để trình HĐND, UBND tỉnh xem xét, ban hành;\n"
                + "- Trình UBND tỉnh xem xét, phê duyệt Kế hoạch KH&CN tỉnh Cao Bằng năm 2021^{detail: Quyết định số 84/QĐ-UBND ngày 15/01/2021 của UBND tỉnh;}; Các văn bản chỉ đạo, triển khai thực hiện các nhiệm vụ trọng tâm thuộc lĩnh vực KH&CN trên địa bàn tỉnh Cao Bằng năm 2021^{detail: Quyết định số 327/QĐ-UBND ngày 04/3/2021 ban hành Kế hoạch ứng dụng công nghệ thông tin vào áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước trên địa bàn tỉnh Cao Bằng; Quyết định số 981/QĐ-UBND ngày 10/6/2021 của UBND tỉnh về việc ban hành danh mục dịch vụ sự nghiệp công sử dụng ngân sách nhà nước thuộc lĩnh vực KH&CN trên địa bàn tỉnh Cao Bằng; Kế hoạch số 1636/KH-UBND ngày 02/7/2021 của UBND tỉnh về việc triển khai Đề án “Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025” trên địa bàn tỉnh Cao Bằng;...;}; Ban hành văn bản hướng dẫn thực hiện Quyết định số 24/2020/QĐ-UBND ngày 06/10/2020 của UBND tỉnh Quy định quản lý nhiệm vụ KH&CN cấp tỉnh sử dụng ngân sách nhà nước trên địa bàn tỉnh Cao Bằng^{detail: Hướng dẫn số 103/HD-SKH&CN ngày 25/01/2021 của Sở KH&CN.}....");
        m.put("ytd-provincial-tasks-note", "Tham mưu UBND tỉnh thành lập tổ hỗ trợ triển khai thực hiện nhiệm vụ “Nghiên cứu bảo tồn Sâm (Panax sp.) phân bố tự nhiên tại tỉnh Cao Bằng và kết hợp trồng thử nghiệm Sâm ngọc linh, Sâm lai châu”; Tham mưu văn bản của Tổ hỗ trợ triển khai thực hiện đề tài Sâm;");
        m.put("ytd-task-models", "Các nhiệm vụ KH&CN đã tập trung vào việc nghiên cứu, ứng dụng và chuyển giao các quy trình công nghệ sản xuất giống, trồng và chăm sóc cây trồng, vật nuôi có thế mạnh của địa phương; quan tâm xây dựng bảo hộ quyền sở hữu trí tuệ cho các sản phẩm đặc sản của tỉnh như nếp Hương, lê Đông Khê, Thạch Đen, Vịt cỏ Trùng Khánh; tiếp nhận và chuyển giao kỹ thuật tiên tiến để xây dựng các mô hình sản xuất, tạo ra các sản phẩm có năng suất, chất lượng hình thành các vùng sản xuất theo hướng hàng hóa,... Hiện nay, có một số mô hình sản xuất nông nghiệp đã và đang được triển khai thực hiện, như: Mô hình trồng Hà thủ ô đỏ tại huyện Bảo Lạc; Mô hình nếp Hương tại huyện Bảo Lạc; Mô hình nếp Ong tại huyện Trùng Khánh; Mô hình Dẻ tại huyện Trùng Khánh; Mô hình chè Thị Ngân tại huyện Thạch An; Mô hình mật máu tại huyện Bảo Lạc...;");
        m.put("ytd-cooperation", "Đề xuất nhiệm vụ hợp tác KH&CN với Viện hàn lâm KH&CN Việt Nam thực hiện từ năm 2022; trình UBND tỉnh tiếp nhận kết quả đề tài KH&CN cấp Quốc gia;");
        m.put("ytd-next-year-selection", "Hiện nay, đang trong quá trình tổ chức tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì thực hiện các nhiệm vụ KH&CN bắt đầu thực hiện năm 2022;");
        m.put("ytd-transfer-decision", "Sở KH&CN đã trình UBND tỉnh ban hành Quyết định số 703/QĐ-UBND ngày 29/4/2021 về việc giao quyền sử dụng kết quả nghiên cứu KH&CN cho các đơn vị theo quy định.");
        m.put("ytd-transfer-recipients", "các sở, ban, ngành, UBND các huyện, thành phố");
        m.put("ytd-transfer-more", "tiếp tục tổ chức bàn giao, chuyển giao các kết quả nghiên cứu thuộc Chương trình \"KH&CN phục vụ phát triển bền vững vùng Tây Bắc\".");
        m.put("ytd-technology-plans", "- Tham mưu cho UBND tỉnh xem xét, ban hành đối với dự thảo các văn bản chỉ đạo như văn bản chỉ đạo tổ chức các hoạt động hưởng ứng ngày Sở hữu trí tuệ thế giới 26/4/2021 (*văn bản đã được UBND tỉnh ban hành*), Kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng giai đoạn 2021 - 2025, Kế hoạch thực hiện đề án trí tuệ nhân tạo đến năm 2030; Xây dựng Kế hoạch tổ chức lớp bồi dưỡng nghiệp vụ quản lý nhà nước về đổi mới sáng tạo tại năm 2021, Kế hoạch phối hợp với Tỉnh đoàn Thanh niên tổ chức các hoạt động hỗ trợ thanh niên nghiên cứu, ứng dụng khoa học công nghệ, sáng tạo khởi nghiệp, lập nghiệp năm 2021; Tổ chức Hội nghị gặp gỡ các doanh nghiệp, hợp tác xã hoạt động trong lĩnh vực KH&CN (*tổ chức ngày 31/3/2021*);");
        m.put("ytd-ip-plans", "Tham mưu cho UBND tỉnh xây dựng Kế hoạch triển khai Chiến lược Sở hữu trí tuệ đến năm 2030 của tỉnh Cao Bằng;");
        m.put("ytd-innovation", "Tham mưu trình UBND tỉnh ban hành Kế hoạch thực hiện nhiệm vụ, giải pháp góp phần cải thiện chỉ số Đổi mới sáng tạo quốc gia năm 2021 trên địa bàn tỉnh Cao Bằng^{detail: Tờ trình số 894/TTr-SKH&CN ngày 16/7/2021}; trình UBND tỉnh về chủ trương thực hiện nhiệm vụ thực trạng chỉ số năng suất các yếu tố tổng hợp (TFP) và đóng góp của KH&CN trong phát triển kinh tế - xã hội tỉnh Cao Bằng giai đoạn 2016-2020, hiện nay đang trong quá trình tham mưu tổ chức lựa chọn đơn vị tư vấn, triển khai thực hiện nhiệm vụ;");
        m.put("ytd-radiation", "tham mưu cho UBND tỉnh về việc Ủy quyền cho Giám đốc Sở KH&CN thực hiện nhiệm vụ cấp giấy phép liên quan hoạt động quản lý an toàn bức xạ theo Nghị định số 142/2020/NĐ-CP;");
        m.put("ytd-tdc", "Triển khai Kế hoạch nâng cao năng lực quản lý nhà nước về đo lường cấp huyện theo Quyết định số 996/QĐ-TTg 10/8/2018; Tổ chức Hội nghị tập huấn hướng dẫn áp dụng, duy trì HTQLCL ISO 9001:2015 và Ứng dụng công nghệ thông tin vào áp dụng HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 cho các cơ quan HCNN tỉnh Cao Bằng.");
        m.put("ytd-centre", "Triển khai nhiệm vụ ứng dụng công nghệ nuôi cấy mô tế bào để sản xuất cây keo giống từ nguồn kinh phí Dự án CSSP tỉnh Cao Bằng; triển khai ứng dụng chế phẩm nano trong xử lý hạt giống ngô trên địa bàn huyện Trùng Khánh; sản xuất các giống nấm sò, nấm hương, nấm rơm để cung cấp giống cho người dân sản xuất giống thương phẩm, sản xuất nấm Linh Chi thương phẩm, nuôi cấy mô lan kim tuyến;");
        m.put("ytd-other", "Tham mưu tổ chức đánh giá kết quả hoạt động của Hội đồng Khoa học và Sáng kiến tỉnh trong thời gian qua; Hoàn thành công tác thống kê ngành KH&CN năm 2021 theo kế hoạch đã được ban hành^{detail: Kế hoạch số 1146/KH-SKH&CN ngày 25/12/2020 của Sở KH&CN, hiện đã có báo cáo gửi Cục Thông tin KH&CN Quốc gia theo quy định.};");
        m.put("ytd-outreach-extra", "Xây dựng phóng sự nhân dịp chào mừng Ngày KH&CN Việt Nam 18/5 năm 2021;");
        m.put("ytd-other-more", "Tham mưu cho UBND tỉnh tổ chức các hoạt động chào mừng Ngày KH&CN Việt Nam 18-5 năm 2021, tuy nhiên do ảnh hưởng của dịch bệnh Covid-19 nên không thể tổ chức các hoạt động kỷ niệm như kế hoạch đặt ra;");
        m.put("assessment", "Nhìn chung, công tác KH&CN 9 tháng đầu 2021 luôn được Lãnh đạo Sở quan tâm, chỉ đạo các phòng và đơn vị trực thuộc Sở nghiêm túc triển khai, đẩy nhanh tiến độ thực hiện theo đúng Kế hoạch KH&CN tỉnh năm 2021 và Chương trình thực hiện Nghị quyết số 01, 02 của Chính phủ. Về cơ bản công tác tham mưu xây dựng VBQPPL được quan tâm, triển khai thực hiện nhằm tăng cường công tác chỉ đạo của cấp ủy và xây dựng cơ chế, chính sách, quy định về lĩnh vực KH&CN trên địa bàn tỉnh theo đúng quy trình xây dựng văn bản; thường xuyên theo dõi, đôn đốc, kiểm tra, nghiệm thu các đề tài, dự án KH&CN trên địa bàn tỉnh; Công tác tiêu chuẩn đo lường chất lượng, thanh tra và quản lý an toàn bức xạ được thực hiện thường xuyên, góp phần đảm bảo lợi ích người tiêu dùng; hoạt động sở hữu trí tuệ, xây dựng nhãn hiệu cho các sản phẩm hàng hóa trên địa bàn tỉnh tiếp tục được quan tâm thực hiện nhằm xây dựng thương hiệu, nâng cao giá trị sản phẩm hàng hóa của tỉnh; thực hiện tốt công tác thông tin, tuyên truyền về KH&CN.");
        m.put("difficulties", "Tuy nhiên do ảnh hưởng của dịch Covid-19 và thực hiện các biện pháp phòng, chống dịch Covid-19 theo chỉ đạo của Chính phủ, UBND tỉnh nên một số nhiệm vụ cần phối hợp với các cơ quan, đơn vị ngoài Sở trong quá trình thực hiện triển khai còn chậm hoặc chưa thể tiến hành được theo đúng Kế hoạch đã đặt ra.");
        return m;
    }

    public static List<String> planned() {
        return List.of(
                "Hoàn thành công tác tham mưu xây dựng **{drafting.inProgress.by.body.PARTY_COMMITTEE@ytd}** dự thảo Nghị quyết của Tỉnh ủy và **{drafting.normativeInProgress@ytd}** dự thảo VBQPPL thuộc lĩnh vực KH&CN; phấn đấu hoàn thành các nhiệm vụ chưa hoàn thành theo Chương trình công tác của UBND tỉnh năm 2021 và Kế hoạch KH&CN tỉnh Cao Bằng năm 2021;",
                "Trình UBND tỉnh xem xét, ban hành các văn bản chỉ đạo, hướng dẫn trong lĩnh vực KH&CN như: Quyết định phê duyệt Phương hướng, mục tiêu, nhiệm vụ KH&CN chủ yếu giai đoạn 2021-2030 trên địa bàn tỉnh Cao Bằng; Quyết định phê duyệt Chương trình nghiên cứu khoa học, phát triển công nghệ và nâng cao tiềm lực KH&CN tỉnh Cao Bằng giai đoạn 2021-2030; Phương án Quy hoạch mạng lưới tổ chức KH&CN công lập trên địa bàn tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050;...;",
                "Quản lý, theo dõi, kiểm tra và tiến hành nghiệm thu đối với các dự án cấp thiết địa phương sử dụng kinh phí cấp quốc gia, các dự án thuộc Chương trình nông thôn miền núi và các nhiệm vụ KH&CN cấp tỉnh đang được triển khai thực hiện trên địa bàn tỉnh; Tiến hành ký kết hợp đồng 03 nhiệm vụ khoa học công nghệ năm 2021 để triển khai thực hiện; Tổ chức các Hội đồng tư vấn tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì thực hiện nhiệm vụ KH&CN mới năm 2022; Tiếp tục hướng dẫn các sở, ngành, UBND các huyện xây dựng quy chế hoạt động của Hội đồng KH&CN cấp cơ sở;",
                "Tham mưu cho UBND tỉnh triển khai thực hiện các Kế hoạch về hoạt động quản lý nhà nước về công nghệ như: Kế hoạch triển khai Đề án Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng giai đoạn 2021 - 2030; Kế hoạch triển khai Chiến lược quốc gia về nghiên cứu, phát triển trí tuệ nhân tạo đến năm 2030; Kế hoạch triển khai tham gia thúc đẩy cải thiện chỉ số đổi mới sáng tạo trên địa bàn tỉnh Cao Bằng; Kế hoạch triển khai Chiến lược sở hữu trí tuệ tỉnh Cao Bằng giai đoạn 2021 - 2030...; Tổ chức **03** lớp tập huấn về đổi mới sáng tạo, sở hữu trí tuệ; Triển khai thực hiện nhiệm vụ đánh giá thực trạng chỉ số năng suất các yếu tố tổng hợp (TFP) và đóng góp của KH&CN trong phát triển kinh tế - xã hội tỉnh Cao Bằng giai đoạn 2016-2020, đánh giá trình độ công nghệ trên địa bàn; Đẩy mạnh công tác tuyên truyền, phổ biến về các hoạt động KH&CN nổi bật, các mô hình ứng dụng tiến bộ KH&CN vào sản xuất trên địa bàn tỉnh;",
                "Hoàn thành Kế hoạch nâng cao năng lực quản lý nhà nước về đo lường cấp huyện theo Quyết định số 996/QĐ- TTg 10/8/2018; Phối hợp triển khai các nội dung kế hoạch thực hiện Đề án truy xuất nguồn gốc tỉnh Cao Bằng theo Quyết định 1752/QĐ-UBND năm 2020 của UBND tỉnh Cao Bằng; Xây dựng kế hoạch và triển khai kế hoạch đánh giá thực trạng áp dụng các tiêu chuẩn kỹ thuật, quy chuẩn kỹ thuật của các SPHH của địa phương và Tham mưu đề xuất với UBND tỉnh về biện pháp quản lý nội dung này trên địa bàn tỉnh; Xây dựng Kế hoạch hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng sản phẩm, hàng hóa trên địa bàn tỉnh Cao Bằng, giai đoạn 2021 -2030;",
                "Quan tâm, đẩy nhanh tiến độ {investment.projectsActive@ytd} dự án đầu tư công thuộc lĩnh vực KH&CN trên địa bàn tỉnh.");
    }
}
