package vn.gov.khcn.technology.internal;

import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.technology.MarkCommand;
import vn.gov.khcn.technology.MarkKind;
import vn.gov.khcn.technology.MarkStatus;
import vn.gov.khcn.technology.Technology;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.Labels;

/** Collective marks and geographical indications of local specialties; rows go through {@link Technology}. */
@Component
class MarkSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("collective-marks", "Nhãn hiệu tập thể, chỉ dẫn địa lý của đặc sản địa phương", "Công nghệ và sở hữu trí tuệ",
            "Nhan hieu CDDL", List.of(
            Column.text("Tên", true, 300, "Tên nhãn hiệu hoặc chỉ dẫn địa lý, duy nhất: tên đã có thì dòng được bỏ qua."),
            Column.choice("Loại", true, labels(MarkKind.values(), MarkKind::label), "Chọn trong danh sách."),
            Column.text("Sản phẩm", true, 300, "Sản phẩm mang nhãn hiệu, chỉ dẫn."),
            Column.text("Chủ sở hữu, tổ chức quản lý", false, 500, ""),
            Column.choice("Tình trạng", true, labels(MarkStatus.values(), MarkStatus::label), "Chọn trong danh sách.")),
            "cùng tên", List.of());
    private final Technology technology;

    MarkSheet(Technology technology) {
        super(SPEC, ListFilters.class);
        this.technology = technology;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return technology.markExists(row.text(0));
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        technology.createMark(new MarkCommand(row.text(0), byLabel(MarkKind.values(), MarkKind::label, row.text(1)), row.text(2),
                row.text(3), byLabel(MarkStatus.values(), MarkStatus::label, row.text(4)), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        PagedExport.each(page -> technology.marks(f.text("q"), page, PagedExport.SIZE), m -> sink.accept(new Object[] {
                m.name(), m.kind().label(), m.product(), m.holder(), m.status().label()}));
    }
}
