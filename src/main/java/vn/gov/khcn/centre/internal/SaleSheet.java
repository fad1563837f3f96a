package vn.gov.khcn.centre.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.Product;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.SaleQuery;
import vn.gov.khcn.centre.Sales;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/**
 * The application centre's sales; rows are added through {@link Sales}, which refuses a sale beyond the stock on
 * hand on its day (so the lots must be imported first).
 */
@Component
class SaleSheet extends RecordImport<SaleQuery> {
    static final Column PRODUCT = Column.text("Sản phẩm", true, 300, "Tên sản phẩm đúng như trong danh mục sản phẩm của Trung tâm.");
    static final Column SOLD = Column.date("Ngày bán", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column QUANTITY = Column.integer("Số lượng bán", true,
            "Số nguyên lớn hơn 0; không vượt tồn kho đến ngày bán (nhập các lô sản xuất trước).");
    static final Column BUYER = Column.text("Người mua", false, 500, "Người mua, đại lý.");
    static final RegisterSpec SPEC = new RegisterSpec("centre-sales", "Tiêu thụ sản phẩm (Trung tâm Ứng dụng)", "Trung tâm Ứng dụng", "Tieu thu",
            List.of(PRODUCT, SOLD, QUANTITY, BUYER), "cùng sản phẩm, ngày bán, số lượng và người mua", List.of("centre-products"));

    SaleSheet(Sales sales, Products products) {
        super(SPEC, SaleQuery.class, PRODUCT, SOLD, QUANTITY, BUYER);
        existsWhen(row -> products.findByName(row.text(PRODUCT))
                .flatMap(p -> sales.find(p.id(), row.date(SOLD), row.integer(QUANTITY), row.text(BUYER))).isPresent());
        createdBy((row, context) -> {
            Product p = context.get("product", row.text(PRODUCT), () -> products.requireByName(row.text(PRODUCT)));
            sales.sell(new SaleCommand(p.id(), row.integer(QUANTITY), row.date(SOLD), row.text(BUYER), null, context.reason()));
        });
        exportedBy((query, sink) -> PagedExport.rows(sales::search, query, sink, s -> SPEC.row().put(PRODUCT, s.productName())
                .put(SOLD, s.soldOn()).put(QUANTITY, s.quantity()).put(BUYER, s.buyer())));
    }
}
