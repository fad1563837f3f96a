package vn.gov.khcn.programme.internal;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ExportRow;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.programme.ProgrammeCommand;
import vn.gov.khcn.programme.ProgrammeQuery;
import vn.gov.khcn.programme.WorkProgramme;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;

/**
 * The register of the provincial People's Committee's monthly work programmes; rows go through {@link WorkProgrammes}.
 */
@Component
class WorkProgrammeSheet extends RecordImport<ProgrammeQuery> {
    static final Column YEAR = Column.integer("Năm", true, "Năm của chương trình, ví dụ 2021.");
    static final Column MONTH = Column.integer("Tháng", true, "Tháng của chương trình, từ 1 đến 12. Tháng đã có chương trình thì dòng được bỏ qua.");
    static final Column DOCUMENT = Column.text("Văn bản ban hành", true, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: "
            + "ví dụ 12/CTr-UBND ngày 05/01/2021.");
    static final RegisterSpec SPEC = new RegisterSpec("work-programmes", "Chương trình công tác của UBND tỉnh", "Chương trình công tác",
            "Chuong trinh CT", List.of(YEAR, MONTH, DOCUMENT), "cùng năm và tháng (mỗi tháng một chương trình)", List.of("documents"));

    WorkProgrammeSheet(WorkProgrammes programmes, Documents documents) {
        super(SPEC, ProgrammeQuery.class);
        existsWhen(row -> programmes.programmeOf(month(row, YEAR, MONTH)).isPresent());
        createdBy((row, context) -> programmes.recordProgramme(new ProgrammeCommand(month(row, YEAR, MONTH), context.get("document", row.text(DOCUMENT),
                () -> documents.requireReferenced(row.text(DOCUMENT), "documentId", "Văn bản ban hành").id()))));
        exportedBy((query, sink) -> {
            for (WorkProgramme p : programmes.programmes()) {
                sink.accept(putMonth(SPEC.row(), YEAR, MONTH, p.month())
                        .put(DOCUMENT, p.document().numberSymbol() + " ngày " + Formats.date(p.document().issuedOn())).values());
            }
        });
    }

    /** The month (YYYY-MM) of a row's year and month cells; a month outside 1–12 is an error for the row. */
    static String month(ImportRow row, Column year, Column month) {
        try {
            return YearMonth.of(row.intValue(year), row.intValue(month)).toString();
        } catch (DateTimeException e) {
            throw new DomainException("month", "Tháng " + row.integer(month) + " năm " + row.integer(year) + " không hợp lệ: tháng từ 1 đến 12.");
        }
    }

    /** Puts a programme month (YYYY-MM) into a row's year and month cells. */
    static ExportRow putMonth(ExportRow row, Column year, Column month, String value) {
        YearMonth m = YearMonth.parse(value);
        return row.put(year, m.getYear()).put(month, m.getMonthValue());
    }

    @Override
    protected String identity(ImportRow row) {
        return month(row, YEAR, MONTH);
    }
}
