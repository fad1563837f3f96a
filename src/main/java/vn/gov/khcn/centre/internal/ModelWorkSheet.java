package vn.gov.khcn.centre.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.centre.ModelWorkQuery;
import vn.gov.khcn.centre.ModelWorks;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/** The centre's model and technology-transfer work; rows are added through {@link ModelWorks} (rules, access, audit). */
@Component
class ModelWorkSheet extends RecordImport<ModelWorkQuery> {
    static final Column TITLE = Column.text("Nội dung mô hình, chuyển giao", true, 1000, "Tên mô hình hoặc hoạt động chuyển giao, có dấu.");
    static final Column PLACE = Column.text("Địa điểm", false, 300, "Nơi thực hiện.");
    static final Column DATED = Column.date("Ngày", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column DESCRIPTION = Column.text("Mô tả", false, 4000, "Mô tả ngắn.");
    static final RegisterSpec SPEC = new RegisterSpec("centre-model-works", "Mô hình, chuyển giao công nghệ (Trung tâm Ứng dụng)", "Trung tâm Ứng dụng",
            "Mo hinh", List.of(TITLE, PLACE, DATED, DESCRIPTION), "cùng nội dung, địa điểm và ngày", List.of());

    ModelWorkSheet(ModelWorks works) {
        super(SPEC, ModelWorkQuery.class, TITLE, PLACE, DATED);
        existsWhen(row -> works.find(row.text(TITLE), row.text(PLACE), row.date(DATED)).isPresent());
        createdBy((row, context) -> works.record(ModelWorkCommand.of(row.text(TITLE), row.text(PLACE), row.date(DATED), row.text(DESCRIPTION))));
        exportedBy((query, sink) -> PagedExport.rows(works::search, query, sink, w -> SPEC.row().put(TITLE, w.title())
                .put(PLACE, w.place()).put(DATED, w.datedOn()).put(DESCRIPTION, w.description())));
    }
}
