package vn.gov.khcn.technology.internal;

import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.technology.CollectiveMarkCommand;
import vn.gov.khcn.technology.CollectiveMarkQuery;
import vn.gov.khcn.technology.CollectiveMarks;
import vn.gov.khcn.technology.MarkKind;
import vn.gov.khcn.technology.MarkStatus;

/** Collective marks and geographical indications of local specialties; rows go through {@link CollectiveMarks}. */
@Component
class MarkSheet extends RecordImport<CollectiveMarkQuery> {
    static final Column NAME = Column.text("Tên", true, 300, "Tên nhãn hiệu hoặc chỉ dẫn địa lý, duy nhất: tên đã có thì dòng được bỏ qua.");
    static final Column KIND = Column.choice("Loại", true, labels(MarkKind.values(), MarkKind::label), "Chọn trong danh sách.");
    static final Column PRODUCT = Column.text("Sản phẩm", true, 300, "Sản phẩm mang nhãn hiệu, chỉ dẫn.");
    static final Column HOLDER = Column.text("Chủ sở hữu, tổ chức quản lý", false, 500, "");
    static final Column STATUS = Column.choice("Tình trạng", true, labels(MarkStatus.values(), MarkStatus::label), "Chọn trong danh sách.");
    static final Column BUILT_ON = Column.date("Ngày hoàn thành xây dựng", false,
            "Ngày được cấp văn bằng bảo hộ hoặc nghiệm thu dự án xây dựng nhãn hiệu, chỉ dẫn; để trống nếu đang xây dựng.");
    static final RegisterSpec SPEC = new RegisterSpec("collective-marks", "Nhãn hiệu tập thể, chỉ dẫn địa lý của đặc sản địa phương",
            "Công nghệ và sở hữu trí tuệ", "Nhan hieu CDDL", List.of(NAME, KIND, PRODUCT, HOLDER, STATUS, BUILT_ON), "cùng tên", List.of());

    MarkSheet(CollectiveMarks marks) {
        super(SPEC, CollectiveMarkQuery.class);
        existsWhen(row -> marks.findByName(row.text(NAME)).isPresent());
        createdBy((row, context) -> marks.record(new CollectiveMarkCommand(row.text(NAME), row.choice(KIND, MarkKind.values(), MarkKind::label), row.text(PRODUCT),
                row.text(HOLDER), row.choice(STATUS, MarkStatus.values(), MarkStatus::label), null, row.date(BUILT_ON), context.reason())));
        exportedBy((query, sink) -> PagedExport.rows(marks::search, query, sink, m -> SPEC.row().put(NAME, m.name())
                .put(KIND, m.kind().label()).put(PRODUCT, m.product()).put(HOLDER, m.holder()).put(STATUS, m.status().label()).put(BUILT_ON, m.builtOn())));
    }
}
