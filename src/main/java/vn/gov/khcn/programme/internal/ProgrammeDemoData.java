package vn.gov.khcn.programme.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.programme.ItemCommand;
import vn.gov.khcn.programme.ItemStatus;
import vn.gov.khcn.programme.ProgrammeCommand;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.DemoDataContributor;
import vn.gov.khcn.shared.Unit;

/** The three items of the September 2021 programme (Chương trình số 2332/CTr-UBND ngày 01/9/2021) and their documents. */
@org.springframework.core.annotation.Order(300)
@Component
record ProgrammeDemoData(WorkProgrammes programmes, Documents documents) implements DemoDataContributor {
    @Override
    public void load() {
        long ctr = documents.findOrRegister(DocumentCommand.of("2332/CTr-UBND", DocumentType.PROGRAMME, LocalDate.of(2021, 9, 1), "UBND tỉnh",
                "Chương trình công tác tháng 9 năm 2021 của UBND tỉnh")).id();
        long cv1155 = documents.findOrRegister(DocumentCommand.of("1155/SKH&CN-QL&CN&SHTT", DocumentType.OFFICIAL_LETTER, LocalDate.of(2021, 9, 7), null,
                "Trình UBND tỉnh ban hành Kế hoạch triển khai tham gia thúc đẩy cải thiện chỉ số đổi mới sáng tạo quốc gia trên địa bàn tỉnh Cao Bằng")).id();
        long bc1118 = documents.findOrRegister(DocumentCommand.of("1118/SKH&CN-QL&CN&SHTT", DocumentType.REPORT, LocalDate.of(2021, 8, 27), null,
                "Báo cáo giải trình đề xuất chủ trương thực hiện nhiệm vụ đánh giá thực trạng các chỉ số năng suất (TFP) tỉnh Cao Bằng giai đoạn 2016 - 2020")).id();
        long p = programmes.recordProgramme(new ProgrammeCommand("2021-09", ctr)).id();
        LocalDate deadline = LocalDate.of(2021, 9, 30);
        programmes.recordItem(ItemCommand.of(p, "Kế hoạch triển khai tham gia thúc đẩy cải thiện chỉ số đổi mới sáng tạo quốc gia trên địa bàn tỉnh Cao Bằng",
                deadline, ItemStatus.SUBMITTED,
                "Sở KH&CN đã hoàn thiện và trình UBND tỉnh xem xét, ban hành đối với dự thảo Kế hoạch này trên cơ sở đã rà soát, chỉnh sửa theo ý kiến góp ý của các cơ quan, đơn vị có liên quan trên địa bàn tỉnh",
                Unit.TECHNOLOGY, List.of(cv1155)));
        programmes.recordItem(ItemCommand.of(p, "Đánh giá thực trạng các chỉ số năng suất, năng suất vốn, năng suất lao động, năng suất các nhân tố tổng hợp (TFP) tỉnh Cao Bằng giai đoạn 2016-2020",
                deadline, ItemStatus.SUBMITTED,
                "Đã có Báo cáo giải trình gửi UBND tỉnh để làm rõ thêm đối với nội dung đề xuất chủ trương thực hiện nhiệm vụ đánh giá thực trạng các chỉ số năng suất, năng suất vốn, năng suất lao động, năng suất các nhân tố tổng hợp (TFP) tỉnh Cao Bằng giai đoạn 2016 - 2020",
                Unit.TECHNOLOGY, List.of(bc1118)));
        programmes.recordItem(ItemCommand.of(p, "Kế hoạch thực hiện Chiến lược SHTT tỉnh Cao Bằng giai đoạn 2020-2025",
                deadline, ItemStatus.IN_PROGRESS,
                "Sở KH&CN đang trong quá trình chỉnh sửa, hoàn thiện dự thảo Kế hoạch theo ý kiến góp ý của Cục Sở hữu trí tuệ, Vụ KH&CN Địa phương và Viện Khoa học sở hữu trí tuệ để hoàn thiện, trình UBND tỉnh xem xét, ban hành trong tháng 9/2021",
                Unit.TECHNOLOGY, List.of()));
    }
}
