package vn.gov.khcn.technology.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.RoundCommand;
import vn.gov.khcn.technology.RoundQuery;

/**
 * The initiative-recognition rounds (the round, its submission and decision; the initiatives recognised are
 * added on the round's page or by their own sheet). Rows go through {@link InitiativeRounds}.
 */
@Component
class RoundSheet extends RecordImport<RoundQuery> {
    private static final String CITE = "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: ví dụ ";
    static final Column YEAR = Column.integer("Năm", true, "Năm của đợt, ví dụ 2021.");
    static final Column NO = Column.integer("Đợt số", true, "Số đợt trong năm, từ 1 đến 20. Đợt đã có trong năm thì dòng được bỏ qua.");
    static final Column SUBMITTED = Column.date("Ngày trình", false, "Ngày tờ trình đề nghị công nhận.");
    static final Column SUBMISSION = Column.text("Tờ trình", false, 150, CITE + "1161/TTr-SKH&CN ngày 08/09/2021.");
    static final Column DECIDED = Column.date("Ngày quyết định công nhận", false, "Sau ngày trình.");
    static final Column DECISION = Column.text("Quyết định công nhận", false, 150, CITE + "1652/QĐ-UBND ngày 20/09/2021.");
    static final RegisterSpec SPEC = new RegisterSpec("initiative-rounds", "Đợt công nhận sáng kiến cấp tỉnh", "Công nghệ và sở hữu trí tuệ",
            "Dot sang kien", List.of(YEAR, NO, SUBMITTED, SUBMISSION, DECIDED, DECISION), "cùng năm và số đợt", List.of("documents"));

    RoundSheet(InitiativeRounds rounds, Documents documents) {
        super(SPEC, RoundQuery.class, YEAR, NO);
        existsWhen(row -> rounds.find(row.intValue(YEAR), row.intValue(NO)).isPresent());
        createdBy((row, context) -> rounds.record(new RoundCommand(row.intValue(YEAR), row.intValue(NO), row.date(SUBMITTED),
                TechnologyLookups.document(context, documents, row.text(SUBMISSION), "submissionDocumentId", "Tờ trình"), row.date(DECIDED),
                TechnologyLookups.document(context, documents, row.text(DECISION), "decisionDocumentId", "Quyết định công nhận"), null,
                context.reason())));
        exportedBy((query, sink) -> rounds.search(query).forEach(r -> sink.accept(SPEC.row().put(YEAR, r.roundYear()).put(NO, r.roundNo()).put(SUBMITTED, r.submittedOn())
                .put(SUBMISSION, documents.reference(r.submissionDocumentId())).put(DECIDED, r.decidedOn())
                .put(DECISION, documents.reference(r.decisionDocumentId())).values())));
    }
}
