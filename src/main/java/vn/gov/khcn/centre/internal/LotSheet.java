package vn.gov.khcn.centre.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.LotQuery;
import vn.gov.khcn.centre.Product;
import vn.gov.khcn.centre.ProductionLots;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/** The application centre's production lots; rows are added through {@link ProductionLots} (rules, access, audit). */
@Component
class LotSheet extends RecordImport<LotQuery> {
    static final Column PRODUCT = Column.text("Sản phẩm", true, 300,
            "Tên sản phẩm đúng như trong danh mục sản phẩm của Trung tâm (nhập mẫu Sản phẩm trước nếu chưa có).");
    static final Column PRODUCED = Column.date("Ngày sản xuất", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column QUANTITY = Column.integer("Số lượng sản xuất", true, "Số nguyên lớn hơn 0, theo đơn vị tính của sản phẩm.");
    static final Column NOTE = Column.text("Ghi chú", false, 1000, "Ghi chú về lô.");
    static final RegisterSpec SPEC = new RegisterSpec("centre-lots", "Lô sản xuất (Trung tâm Ứng dụng)", "Trung tâm Ứng dụng", "Lo san xuat",
            List.of(PRODUCT, PRODUCED, QUANTITY, NOTE), "cùng sản phẩm, ngày sản xuất và số lượng", List.of("centre-products"));

    LotSheet(ProductionLots lots, Products products) {
        super(SPEC, LotQuery.class, PRODUCT, PRODUCED, QUANTITY);
        existsWhen(row -> products.findByName(row.text(PRODUCT)).flatMap(p -> lots.find(p.id(), row.date(PRODUCED), row.integer(QUANTITY))).isPresent());
        createdBy((row, context) -> {
            Product p = context.get("product", row.text(PRODUCT), () -> products.requireByName(row.text(PRODUCT)));
            lots.produce(new LotCommand(p.id(), row.integer(QUANTITY), row.date(PRODUCED), row.text(NOTE), null, context.reason()));
        });
        exportedBy((query, sink) -> PagedExport.rows(lots::search, query, sink, l -> SPEC.row().put(PRODUCT, l.productName())
                .put(PRODUCED, l.producedOn()).put(QUANTITY, l.quantity()).put(NOTE, l.note())));
    }
}
