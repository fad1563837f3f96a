package vn.gov.khcn.centre.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.CentreProduction;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/**
 * The application centre's sales; rows are added through {@link CentreProduction}, which refuses a sale beyond the
 * stock on hand on its day (so the lots must be imported first).
 */
@Component
class SaleSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("centre-sales", "Tiêu thụ sản phẩm (Trung tâm Ứng dụng)", "Trung tâm Ứng dụng", "Tieu thu", List.of(
            Column.text("Sản phẩm", true, 300, "Tên sản phẩm đúng như trong danh mục sản phẩm của Trung tâm."),
            Column.date("Ngày bán", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.integer("Số lượng bán", true, "Số nguyên lớn hơn 0; không vượt tồn kho đến ngày bán (nhập các lô sản xuất trước)."),
            Column.text("Người mua", false, 500, "Người mua, đại lý.")),
            "cùng sản phẩm, ngày bán, số lượng và người mua", List.of("centre-products"));
    private final CentreProduction production;

    SaleSheet(CentreProduction production) {
        super(SPEC, ListFilters.class);
        this.production = production;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1) + "|" + row.integer(2) + "|" + row.text(3);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return production.productByName(row.text(0))
                .flatMap(p -> production.findSale(p.id(), row.date(1), row.integer(2), row.text(3))).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        production.createSale(new SaleCommand(ProductSheet.product(production, row.text(0)).id(), row.integer(2), row.date(1),
                row.text(3), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        production.streamSales(f.id("productId"), f.integer("year"),
                s -> sink.accept(new Object[] {s.productName(), s.soldOn(), s.quantity(), s.buyer()}));
    }
}
