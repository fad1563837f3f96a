package vn.gov.khcn.centre.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.CentreActivities;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;

/** The centre's model and technology-transfer work; rows are added through {@link CentreActivities} (rules, access, audit). */
@Component
class ModelWorkSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("centre-model-works", "Mô hình, chuyển giao công nghệ (Trung tâm Ứng dụng)", "Trung tâm Ứng dụng", "Mo hinh",
            List.of(Column.text("Nội dung mô hình, chuyển giao", true, 1000, "Tên mô hình hoặc hoạt động chuyển giao, có dấu."),
                    Column.text("Địa điểm", false, 300, "Nơi thực hiện."),
                    Column.date("Ngày", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
                    Column.text("Mô tả", false, 4000, "Mô tả ngắn.")),
            "cùng nội dung, địa điểm và ngày", List.of());
    private final CentreActivities activities;

    ModelWorkSheet(CentreActivities activities) {
        super(SPEC, ListFilters.class);
        this.activities = activities;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.text(1) + "|" + row.date(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return activities.findModelWork(row.text(0), row.text(1), row.date(2)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        activities.createModelWork(new ModelWorkCommand(row.text(0), row.text(1), row.date(2), row.text(3), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        String q = f.text("q");
        Integer year = f.integer("year");
        PagedExport.each(n -> activities.modelWorks(q, year, n, PagedExport.SIZE),
                w -> sink.accept(new Object[] {w.title(), w.place(), w.datedOn(), w.description()}));
    }
}
