package vn.gov.khcn.technology.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.DemoDataContributor;
import vn.gov.khcn.technology.AppraisalCommand;
import vn.gov.khcn.technology.Appraisals;
import vn.gov.khcn.technology.CollectiveMarkCommand;
import vn.gov.khcn.technology.CollectiveMarks;
import vn.gov.khcn.technology.InitiativeCommand;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.InnovationPlanCommand;
import vn.gov.khcn.technology.InnovationPlans;
import vn.gov.khcn.technology.IpObject;
import vn.gov.khcn.technology.IpProposalCommand;
import vn.gov.khcn.technology.IpProposals;
import vn.gov.khcn.technology.IpSupportCaseCommand;
import vn.gov.khcn.technology.IpSupportCases;
import vn.gov.khcn.technology.MarkKind;
import vn.gov.khcn.technology.MarkStatus;
import vn.gov.khcn.technology.RoundCommand;

/** Phòng QLCN&SHTT's 2021 records behind the September 2021 report. */
@org.springframework.core.annotation.Order(300)
@Component
record TechnologyDemoData(Appraisals appraisals, IpSupportCases supportCases, CollectiveMarks marks, InitiativeRounds rounds,
                          IpProposals proposals, InnovationPlans plans, Documents documents) implements DemoDataContributor {
    @Override
    public void load() {
        appraisal("Dự án đầu tư xây dựng nhà máy chế biến gỗ rừng trồng tại huyện Hòa An", "Công ty TNHH Chế biến lâm sản Hòa An (demo)", LocalDate.of(2021, 1, 26));
        appraisal("Dự án đầu tư nhà máy sản xuất gạch không nung tại huyện Quảng Hòa", "Công ty Cổ phần Vật liệu xây dựng Quảng Hòa (demo)", LocalDate.of(2021, 3, 18));
        appraisal("Dự án khai thác và chế biến đá vôi làm vật liệu xây dựng thông thường tại huyện Thạch An", "Công ty TNHH Khoáng sản Thạch An (demo)", LocalDate.of(2021, 5, 11));
        appraisal("Dự án đầu tư xưởng chế biến chè và dược liệu tại huyện Nguyên Bình", "Hợp tác xã Chè Nguyên Bình (demo)", LocalDate.of(2021, 7, 6));
        appraisal("Dự án đầu tư nhà máy chế biến nông sản (hạt dẻ, miến dong) tại huyện Trùng Khánh", "Công ty Cổ phần Nông sản Trùng Khánh (demo)", LocalDate.of(2021, 9, 6));

        support("Hợp tác xã Nông nghiệp Trà Lĩnh (demo)", IpObject.NHAN_HIEU_TAP_THE, LocalDate.of(2021, 2, 3), "Hướng dẫn hồ sơ đăng ký nhãn hiệu tập thể Quýt Trà Lĩnh");
        support("Hộ kinh doanh Nông Văn Hùng (demo)", IpObject.NHAN_HIEU, LocalDate.of(2021, 3, 9), "Hướng dẫn thủ tục đề nghị hỗ trợ kinh phí đăng ký nhãn hiệu");
        support("Công ty TNHH Miến dong Phia Đén (demo)", IpObject.NHAN_HIEU, LocalDate.of(2021, 4, 14), "Đã nộp hồ sơ đề nghị hỗ trợ");
        support("Hợp tác xã Vịt cỏ Trùng Khánh (demo)", IpObject.NHAN_HIEU_TAP_THE, LocalDate.of(2021, 5, 25), "Hướng dẫn hoàn thiện hồ sơ");
        support("Ông Bế Văn Lợi (demo)", IpObject.SANG_CHE, LocalDate.of(2021, 6, 22), "Hướng dẫn tra cứu, xác lập quyền đối với sáng chế");
        support("Hợp tác xã Thạch Đen Thạch An (demo)", IpObject.KIEU_DANG, LocalDate.of(2021, 8, 3), "Hướng dẫn đăng ký kiểu dáng bao bì sản phẩm");

        mark("Nếp Hương Cao Bằng", MarkKind.COLLECTIVE_MARK, "Gạo nếp Hương", MarkStatus.PROTECTED);
        mark("Lê Đông Khê", MarkKind.COLLECTIVE_MARK, "Quả lê", MarkStatus.FILED);
        mark("Thạch Đen Cao Bằng", MarkKind.CERTIFICATION_MARK, "Thạch đen", MarkStatus.PREPARING);
        mark("Vịt cỏ Trùng Khánh", MarkKind.COLLECTIVE_MARK, "Vịt cỏ", MarkStatus.PREPARING);

        long r1 = rounds.record(RoundCommand.of(2021, 1, LocalDate.of(2021, 5, 20), null, LocalDate.of(2021, 6, 25), null)).id();
        rounds.recordInitiative(InitiativeCommand.of(r1, "Giải pháp số hóa quy trình tiếp nhận, giải quyết hồ sơ an toàn bức xạ", "Hoàng Thị Mai (demo)", "Sở KH&CN"));
        rounds.recordInitiative(InitiativeCommand.of(r1, "Cải tiến kỹ thuật nhân giống lan kim tuyến bằng nuôi cấy mô", "Nông Văn Định (demo), Lục Thị Hoa (demo)", "Trung tâm Ứng dụng tiến bộ KH&CN"));
        rounds.recordInitiative(InitiativeCommand.of(r1, "Ứng dụng phần mềm quản lý hồ sơ kiểm định phương tiện đo", "Đàm Văn Tuấn (demo)", "Chi cục Tiêu chuẩn Đo lường Chất lượng"));
        rounds.record(RoundCommand.of(2021, 2, LocalDate.of(2021, 9, 10), null, null, null));

        long cv584 = documents.findOrRegister(new DocumentCommand("584/SKH&CN-QLCN&SHTT", DocumentType.OFFICIAL_LETTER, LocalDate.of(2021, 5, 21), null,
                "Đề xuất nhiệm vụ cấp quốc gia thuộc Chương trình phát triển tài sản trí tuệ đến năm 2030, thực hiện từ năm 2022", null)).id();
        proposals.record(IpProposalCommand.of("Dự án khai thác sáng chế: Chế tạo hệ thống xử lý rác theo Bằng độc quyền sáng chế Số 24032 của Chủ sáng chế Bé Văn Tú",
                "Sở KH&CN tỉnh Cao Bằng", LocalDate.of(2021, 5, 21), cv584));

        long kh1636 = documents.findOrRegister(new DocumentCommand("1636/KH-UBND", DocumentType.PLAN, LocalDate.of(2021, 7, 2), "UBND tỉnh",
                "Triển khai Đề án \"Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025\" trên địa bàn tỉnh Cao Bằng", null)).id();
        plans.record(InnovationPlanCommand.of("Kế hoạch triển khai Đề án \"Hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo quốc gia đến năm 2025\" trên địa bàn tỉnh Cao Bằng",
                LocalDate.of(2021, 7, 2), kh1636));
        long ttr894 = documents.findOrRegister(new DocumentCommand("894/TTr-SKH&CN", DocumentType.SUBMISSION, LocalDate.of(2021, 7, 16), null,
                "Trình ban hành Kế hoạch thực hiện nhiệm vụ, giải pháp góp phần cải thiện chỉ số Đổi mới sáng tạo quốc gia năm 2021 trên địa bàn tỉnh Cao Bằng", null)).id();
        plans.record(InnovationPlanCommand.of("Kế hoạch thực hiện nhiệm vụ, giải pháp góp phần cải thiện chỉ số Đổi mới sáng tạo quốc gia năm 2021 trên địa bàn tỉnh Cao Bằng (dự thảo trình UBND tỉnh)",
                LocalDate.of(2021, 7, 16), ttr894));
    }

    private void appraisal(String project, String investor, LocalDate on) {
        appraisals.record(AppraisalCommand.of(project, investor, on, null, null));
    }

    private void support(String who, IpObject object, LocalDate on, String outcome) {
        supportCases.record(IpSupportCaseCommand.of(who, object, on, outcome));
    }

    private void mark(String name, MarkKind kind, String product, MarkStatus status) {
        marks.record(CollectiveMarkCommand.of(name, kind, product, null, status));
    }
}
