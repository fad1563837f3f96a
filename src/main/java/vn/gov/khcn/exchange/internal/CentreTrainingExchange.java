package vn.gov.khcn.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.CentreActivities;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.exchange.Column;
import vn.gov.khcn.exchange.ColumnType;
import vn.gov.khcn.exchange.ImportRow;
import vn.gov.khcn.exchange.RegisterSpec;

/** The application centre's training courses; rows are added through {@link CentreActivities} (rules, access, audit). */
@Component
@Order(300)
public class CentreTrainingExchange extends RecordImport {
    static final RegisterSpec SPEC = new RegisterSpec("centre-trainings", "Lớp tập huấn (Trung tâm Ứng dụng)", "Tap huan", List.of(
            Column.text("Tên lớp tập huấn", true, 1000, "Tên lớp tập huấn, hướng dẫn kỹ thuật, có dấu."),
            Column.text("Xã", true, 100, "Xã, phường, thị trấn nơi tổ chức lớp."),
            new Column("Huyện", ColumnType.TEXT, true, 100, Districts.CAO_BANG, "Chọn trong danh sách hoặc gõ tên huyện."),
            Column.date("Ngày tổ chức", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.integer("Số người tham dự", false, "Số người, không âm.")),
            "cùng tên lớp, xã, huyện và ngày tổ chức");
    private final CentreActivities activities;

    CentreTrainingExchange(CentreActivities activities) {
        super(SPEC);
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
    protected void create(ImportRow row, Lookups lookups) {
        activities.createTraining(new TrainingCommand(row.text(0), row.text(1), row.text(2), row.date(3), Lookups.toInt(row.integer(4)), null));
    }

    @Override
    public void export(Map<String, String> filters, Consumer<Object[]> sink) {
        ListFilters f = new ListFilters(filters);
        String q = f.text("q");
        Integer year = f.integer("year");
        PagedExport.each(n -> activities.trainings(q, year, n, PagedExport.SIZE), t -> sink.accept(new Object[] {t.title(), t.commune(),
                t.district(), t.heldOn(), t.participants() == null ? null : (long) t.participants()}));
    }
}
