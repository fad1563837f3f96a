package vn.gov.khcn.drafting.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftBody;
import vn.gov.khcn.drafting.DraftCommand;
import vn.gov.khcn.drafting.DraftStage;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.drafting.StageCommand;
import vn.gov.khcn.shared.DemoDataContributor;
import vn.gov.khcn.shared.Unit;

/** The drafts of the September 2021 report: one Party resolution and three normative documents in progress, one issued in 2020. */
@org.springframework.core.annotation.Order(300)
@Component
record DraftingDemoData(Drafts drafts, Documents documents) implements DemoDataContributor {
    @Override
    public void load() {
        Draft party = draft("Nghị quyết của Tỉnh ủy về phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Cao Bằng giai đoạn 2021 - 2025, định hướng đến năm 2030",
                DraftBody.PARTY_COMMITTEE, false, Unit.SCIENCE, LocalDate.of(2021, 2, 22));
        party = stage(party, DraftStage.CONSULTING, LocalDate.of(2021, 5, 12), "Lấy ý kiến các sở, ngành, huyện");
        stage(party, DraftStage.SUBMITTED, LocalDate.of(2021, 7, 20), "Trình Ban Thường vụ Tỉnh ủy; đang chỉnh sửa theo ý kiến chỉ đạo");
        Draft council = draft("Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ hoạt động khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh Cao Bằng",
                DraftBody.PEOPLE_COUNCIL, true, Unit.SCIENCE, LocalDate.of(2021, 4, 5));
        stage(council, DraftStage.CONSULTING, LocalDate.of(2021, 7, 15), "Lấy ý kiến đối tượng chịu tác động");
        draft("Quyết định của UBND tỉnh ban hành Quy định quản lý nhiệm vụ khoa học và công nghệ cấp cơ sở sử dụng ngân sách nhà nước trên địa bàn tỉnh Cao Bằng",
                DraftBody.PEOPLE_COMMITTEE, true, Unit.SCIENCE, LocalDate.of(2021, 5, 17));
        draft("Quyết định của UBND tỉnh ban hành Quy chế xét công nhận phạm vi ảnh hưởng, hiệu quả áp dụng của sáng kiến cấp tỉnh",
                DraftBody.PEOPLE_COMMITTEE, true, Unit.TECHNOLOGY, LocalDate.of(2021, 6, 7));
        Draft issued = draft("Quyết định của UBND tỉnh Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước trên địa bàn tỉnh Cao Bằng",
                DraftBody.PEOPLE_COMMITTEE, true, Unit.SCIENCE, LocalDate.of(2020, 3, 2));
        issued = stage(issued, DraftStage.SUBMITTED, LocalDate.of(2020, 9, 10), null);
        long doc = documents.findOrRegister(DocumentCommand.of("24/2020/QĐ-UBND", DocumentType.DECISION, LocalDate.of(2020, 10, 6), "UBND tỉnh",
                "Quy định quản lý nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước trên địa bàn tỉnh Cao Bằng")).id();
        drafts.advance(issued.id(), StageCommand.of(DraftStage.ISSUED, LocalDate.of(2020, 10, 6), doc, null, issued.version()));
    }

    private Draft draft(String title, DraftBody body, boolean normative, Unit unit, LocalDate begun) {
        return drafts.record(DraftCommand.of(title, body, normative, unit, begun));
    }

    private Draft stage(Draft d, DraftStage s, LocalDate on, String note) {
        return drafts.advance(d.id(), StageCommand.of(s, on, null, note, d.version()));
    }
}
