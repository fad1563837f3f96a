package vn.gov.khcn.centre.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.centre.TrainingQuery;
import vn.gov.khcn.centre.Trainings;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/** The application centre's training courses; rows are added through {@link Trainings} (rules, access, audit). */
@Component
class TrainingSheet extends RecordImport<TrainingQuery> {
    static final Column TITLE = Column.text("Tên lớp tập huấn", true, 1000, "Tên lớp tập huấn, hướng dẫn kỹ thuật, có dấu.");
    static final Column COMMUNE = Column.text("Xã", true, 100, "Xã, phường, thị trấn nơi tổ chức lớp.");
    static final Column DISTRICT = new Column("Huyện", ColumnType.TEXT, true, 100, List.of(), "Gõ tên huyện, thị xã, thành phố thuộc tỉnh (hồ sơ trước 01/7/2025).");
    static final Column HELD = Column.date("Ngày tổ chức", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column PARTICIPANTS = Column.integer("Số người tham dự", false, "Số người, không âm.");
    static final RegisterSpec SPEC = new RegisterSpec("centre-trainings", "Lớp tập huấn (Trung tâm Ứng dụng)", "Trung tâm Ứng dụng", "Tap huan",
            List.of(TITLE, COMMUNE, DISTRICT, HELD, PARTICIPANTS), "cùng tên lớp, xã, huyện và ngày tổ chức", List.of());

    TrainingSheet(Trainings trainings) {
        super(SPEC, TrainingQuery.class, TITLE, COMMUNE, DISTRICT, HELD);
        existsWhen(row -> trainings.find(row.text(TITLE), row.text(COMMUNE), row.text(DISTRICT), row.date(HELD)).isPresent());
        createdBy((row, context) -> trainings.hold(new TrainingCommand(row.text(TITLE), row.text(COMMUNE), row.text(DISTRICT), row.date(HELD), row.intValue(PARTICIPANTS),
                null, context.reason())));
        exportedBy((query, sink) -> PagedExport.rows(trainings::search, query, sink, t -> SPEC.row().put(TITLE, t.title())
                .put(COMMUNE, t.commune()).put(DISTRICT, t.district()).put(HELD, t.heldOn()).put(PARTICIPANTS, t.participants())));
    }
}
