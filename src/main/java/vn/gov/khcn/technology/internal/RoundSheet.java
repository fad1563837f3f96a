package vn.gov.khcn.technology.internal;

import static vn.gov.khcn.exchange.spi.ImportRow.toInt;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.technology.InitiativeRound;
import vn.gov.khcn.technology.Initiatives;
import vn.gov.khcn.technology.RoundCommand;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/**
 * The initiative-recognition rounds (the round, its submission and decision; the initiatives recognised are
 * added on the round's page). Rows go through {@link Initiatives}.
 */
@Component
class RoundSheet extends RecordImport<ListFilters> {
    private static final String CITE = "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: ví dụ ";
    static final RegisterSpec SPEC = new RegisterSpec("initiative-rounds", "Đợt công nhận sáng kiến cấp tỉnh", "Công nghệ và sở hữu trí tuệ", "Dot sang kien", List.of(
            Column.integer("Năm", true, "Năm của đợt, ví dụ 2021."),
            Column.integer("Đợt số", true, "Số đợt trong năm, từ 1 đến 20. Đợt đã có trong năm thì dòng được bỏ qua."),
            Column.date("Ngày trình", false, "Ngày tờ trình đề nghị công nhận."),
            Column.text("Tờ trình", false, 150, CITE + "1161/TTr-SKH&CN ngày 08/09/2021."),
            Column.date("Ngày quyết định công nhận", false, "Sau ngày trình."),
            Column.text("Quyết định công nhận", false, 150, CITE + "1652/QĐ-UBND ngày 20/09/2021.")),
            "cùng năm và số đợt", List.of("documents"));
    private final Initiatives initiatives;
    private final Documents documents;

    RoundSheet(Initiatives initiatives, Organisations organisations, Documents documents) {
        super(SPEC, ListFilters.class);
        this.initiatives = initiatives;
        this.documents = documents;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.integer(0) + "|" + row.integer(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return initiatives.findRound(toInt(row.integer(0)), toInt(row.integer(1))).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        initiatives.createRound(new RoundCommand(toInt(row.integer(0)), toInt(row.integer(1)), row.date(2),
                lookups.get("document", row.text(3), () -> documents.requireReferenced(row.text(3), "submissionDocumentId", "Tờ trình").id()), row.date(4),
                lookups.get("document", row.text(5), () -> documents.requireReferenced(row.text(5), "decisionDocumentId", "Quyết định công nhận").id()), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        for (InitiativeRound r : initiatives.rounds(f.integer("year"))) {
            sink.accept(new Object[] {(long) r.roundYear(), (long) r.roundNo(), r.submittedOn(), documents.reference(r.submissionDocumentId()),
                    r.decidedOn(), documents.reference(r.decisionDocumentId())});
        }
    }
}
