package vn.gov.khcn.centre.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.khcn.centre.Product;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.StockQuery;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The centre's products with their stock on hand at the end of a day. */
@Controller
@RequestMapping("/centre/products")
class ProductPages extends RegisterPages<ProductCommand> {
    private final Products products;

    ProductPages(Products products) {
        super("/centre/products", () -> ProductCommand.of(null, null), c -> products.record(c).id(), products::correct);
        this.products = products;
    }

    @GetMapping
    String list(StockQuery query, Model model) {
        SimplePages.exportAs(model, "centre-products");
        var day = query.day();
        List<Row> rows = products.stocks(query).stream().map(s -> new Row("/centre/products/" + s.productId(), List.of(s.name(), s.uom(),
                Formats.number(s.produced()), Formats.number(s.sold()), Formats.number(s.onHand())))).toList();
        return show(model, new Table("Sản phẩm và tồn kho đến ngày " + Formats.date(day), "Tồn kho = tổng sản xuất − tổng tiêu thụ đến hết ngày.",
                "/centre/products/new", "Thêm sản phẩm", List.of("Sản phẩm", "Đơn vị tính", "Đã sản xuất", "Đã tiêu thụ", "Tồn kho"), rows, null, null,
                List.of(new Filter("on", "Đến ngày (yyyy-mm-dd)", day.toString(), List.of())), CentrePages.TABS).ownedBy(vn.gov.khcn.centre.Products.OWNER));
    }

    @Override
    protected ProductCommand saved(long id) {
        Product p = products.get(id);
        return new ProductCommand(p.name(), p.uom(), p.version());
    }

    @Override
    protected Form form(ProductCommand c, Long id) {
        return new Form("Sản phẩm", id == null ? "/centre/products" : "/centre/products/" + id, "/centre/products", List.of(
                Field.text("name", "Tên sản phẩm", c.name(), true), Field.text("uom", "Đơn vị tính (hộp, lọ, kg…)", c.uom(), true)),
                c.version(), null, null, "centreProduct", id, id == null ? List.of()
                : List.of(new Link("/centre/lots?productId=" + id, "Các lô sản xuất"), new Link("/centre/sales?productId=" + id, "Các lần tiêu thụ"))).ownedBy(vn.gov.khcn.centre.Products.OWNER);
    }
}
