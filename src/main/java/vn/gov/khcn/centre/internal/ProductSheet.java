package vn.gov.khcn.centre.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.StockQuery;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/** The application centre's products; rows are added through {@link Products} (rules, access, audit). */
@Component
class ProductSheet extends RecordImport<StockQuery> {
    static final Column NAME = Column.text("Tên sản phẩm", true, 300, "Tên đầy đủ, có dấu. Tên đã có trong danh mục sản phẩm thì dòng được bỏ qua.");
    static final Column UOM = Column.text("Đơn vị tính", true, 30, "Hộp, lọ, kg…");
    static final RegisterSpec SPEC = new RegisterSpec("centre-products", "Sản phẩm của Trung tâm Ứng dụng", "Trung tâm Ứng dụng", "San pham",
            List.of(NAME, UOM), "cùng tên sản phẩm", List.of());

    ProductSheet(Products products) {
        super(SPEC, StockQuery.class);
        existsWhen(row -> products.findByName(row.text(NAME)).isPresent());
        createdBy((row, context) -> products.record(ProductCommand.of(row.text(NAME), row.text(UOM))));
        // Every product: the list page's only filter (the day of the stock shown) does not select products.
        exportedBy((query, sink) -> products.all().forEach(p -> sink.accept(SPEC.row().put(NAME, p.name()).put(UOM, p.uom()).values())));
    }
}
