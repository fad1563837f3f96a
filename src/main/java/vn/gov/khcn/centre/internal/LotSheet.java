package vn.gov.khcn.centre.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.CentreProduction;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The application centre's production lots; rows are added through {@link CentreProduction} (rules, access, audit). */
@Component
class LotSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("centre-lots", "Lô sản xuất (Trung tâm Ứng dụng)", "Trung tâm Ứng dụng", "Lo san xuat", List.of(
            Column.text("Sản phẩm", true, 300, "Tên sản phẩm đúng như trong danh mục sản phẩm của Trung tâm (nhập mẫu Sản phẩm trước nếu chưa có)."),
            Column.date("Ngày sản xuất", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.integer("Số lượng sản xuất", true, "Số nguyên lớn hơn 0, theo đơn vị tính của sản phẩm."),
            Column.text("Ghi chú", false, 1000, "Ghi chú về lô.")),
            "cùng sản phẩm, ngày sản xuất và số lượng", List.of("centre-products"));
    private final CentreProduction production;

    LotSheet(CentreProduction production) {
        super(SPEC, ListFilters.class);
        this.production = production;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1) + "|" + row.integer(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return production.productByName(row.text(0)).flatMap(p -> production.findLot(p.id(), row.date(1), row.integer(2))).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        production.createLot(new LotCommand(ProductSheet.product(production, row.text(0)).id(), row.integer(2), row.date(1),
                row.text(3), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        production.streamLots(f.id("productId"), f.integer("year"),
                l -> sink.accept(new Object[] {l.productName(), l.producedOn(), l.quantity(), l.note()}));
    }
}
