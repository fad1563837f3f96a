package vn.gov.khcn.centre.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.CentreProduction;
import vn.gov.khcn.centre.Product;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The application centre's products; rows are added through {@link CentreProduction} (rules, access, audit). */
@Component
class ProductSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("centre-products", "Sản phẩm của Trung tâm Ứng dụng", "Trung tâm Ứng dụng", "San pham", List.of(
            Column.text("Tên sản phẩm", true, 300, "Tên đầy đủ, có dấu. Tên đã có trong danh mục sản phẩm thì dòng được bỏ qua."),
            Column.text("Đơn vị tính", true, 30, "Hộp, lọ, kg…")),
            "cùng tên sản phẩm", List.of());
    private final CentreProduction production;

    ProductSheet(CentreProduction production) {
        super(SPEC, ListFilters.class);
        this.production = production;
    }

    @Override
    protected boolean exists(ImportRow row) {
        return production.productByName(row.text(0)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        production.createProduct(new ProductCommand(row.text(0), row.text(1), null));
    }

    /** Every product: the list page's only filter ("on", the day of the stock shown) does not select products. */
    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        f.date("on");
        production.products().forEach(p -> sink.accept(new Object[] {p.name(), p.uom()}));
    }

    /** The product named exactly {@code name}, for the lots' and sales' sheets; unknown is a Vietnamese error naming it. */
    static Product product(CentreProduction production, String name) {
        return production.productByName(name).orElseThrow(() -> new DomainException("productId", "Sản phẩm \"" + name
                + "\" chưa có trong danh mục sản phẩm của Trung tâm: thêm sản phẩm (hoặc nhập tệp mẫu Sản phẩm) trước."));
    }
}
