package vn.gov.khcn.programme.internal;

import vn.gov.khcn.shared.Formats;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.programme.ProgrammeCommand;
import vn.gov.khcn.programme.WorkProgramme;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The register of the provincial People's Committee's monthly work programmes; rows go through {@link WorkProgrammes}. */
@Component
class WorkProgrammeSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("work-programmes", "Chương trình công tác của UBND tỉnh", "Chương trình công tác", "Chuong trinh CT", List.of(
            Column.integer("Năm", true, "Năm của chương trình, ví dụ 2021."),
            Column.integer("Tháng", true, "Tháng của chương trình, từ 1 đến 12. Tháng đã có chương trình thì dòng được bỏ qua."),
            Column.text("Văn bản ban hành", true, 150, "Số, ký hiệu văn bản trong sổ văn bản, thêm ngày nếu số trùng: "
                    + "ví dụ 12/CTr-UBND ngày 05/01/2021.")),
            "cùng năm và tháng (mỗi tháng một chương trình)", List.of("documents"));
    private final WorkProgrammes programmes;
    private final Documents documents;

    WorkProgrammeSheet(WorkProgrammes programmes, Organisations organisations, Documents documents) {
        super(SPEC, ListFilters.class);
        this.documents = documents;
        this.programmes = programmes;
    }

    /** The month (YYYY-MM) of a row's year and month cells; a month outside 1–12 is an error for the row. */
    static String month(ImportRow row, int yearColumn) {
        try {
            return YearMonth.of(ImportRow.toInt(row.integer(yearColumn)), ImportRow.toInt(row.integer(yearColumn + 1))).toString();
        } catch (DateTimeException e) {
            throw new DomainException("month", "Tháng " + row.integer(yearColumn + 1) + " năm " + row.integer(yearColumn)
                    + " không hợp lệ: tháng từ 1 đến 12.");
        }
    }

    static Object[] yearMonth(String month) {
        YearMonth m = YearMonth.parse(month);
        return new Object[] {(long) m.getYear(), (long) m.getMonthValue()};
    }

    @Override
    protected String identity(ImportRow row) {
        return month(row, 0);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return programmes.programmeOf(month(row, 0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        programmes.createProgramme(new ProgrammeCommand(month(row, 0), lookups.get("document", row.text(2), () -> documents.requireReferenced(row.text(2), "documentId", "Văn bản ban hành").id()), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        for (WorkProgramme p : programmes.programmes()) {
            Object[] ym = yearMonth(p.month());
            sink.accept(new Object[] {ym[0], ym[1], p.document().numberSymbol() + " ngày " + Formats.date(p.document().issuedOn())});
        }
    }
}
