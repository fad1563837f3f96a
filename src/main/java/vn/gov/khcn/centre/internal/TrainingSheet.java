package vn.gov.khcn.centre.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.CentreActivities;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;

/** The application centre's training courses; rows are added through {@link CentreActivities} (rules, access, audit). */
@Component
class TrainingSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("centre-trainings", "Lớp tập huấn (Trung tâm Ứng dụng)", "Trung tâm Ứng dụng", "Tap huan", List.of(
            Column.text("Tên lớp tập huấn", true, 1000, "Tên lớp tập huấn, hướng dẫn kỹ thuật, có dấu."),
            Column.text("Xã", true, 100, "Xã, phường, thị trấn nơi tổ chức lớp."),
            new Column("Huyện", ColumnType.TEXT, true, 100, vn.gov.khcn.organisations.Districts.CAO_BANG, "Chọn trong danh sách hoặc gõ tên huyện."),
            Column.date("Ngày tổ chức", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.integer("Số người tham dự", false, "Số người, không âm.")),
            "cùng tên lớp, xã, huyện và ngày tổ chức", List.of());
    private final CentreActivities activities;

    TrainingSheet(CentreActivities activities) {
        super(SPEC, ListFilters.class);
        this.activities = activities;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.text(1) + "|" + row.text(2) + "|" + row.date(3);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return activities.findTraining(row.text(0), row.text(1), row.text(2), row.date(3)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        activities.createTraining(new TrainingCommand(row.text(0), row.text(1), row.text(2), row.date(3), ImportRow.toInt(row.integer(4)), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        String q = f.text("q");
        Integer year = f.integer("year");
        PagedExport.each(n -> activities.trainings(q, year, n, PagedExport.SIZE), t -> sink.accept(new Object[] {t.title(), t.commune(),
                t.district(), t.heldOn(), t.participants() == null ? null : (long) t.participants()}));
    }
}
