package vn.gov.khcn.centre.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.Sale;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.SaleQuery;
import vn.gov.khcn.centre.Sales;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The centre's sales. */
@Controller
@RequestMapping("/centre/sales")
class SalePages extends RegisterPages<SaleCommand> {
    private final Sales sales;
    private final Products products;

    SalePages(Sales sales, Products products) {
        super("/centre/sales", () -> SaleCommand.of(null, null, null, null), c -> sales.sell(c).id(), sales::correct);
        this.sales = sales;
        this.products = products;
    }

    @GetMapping
    String list(SaleQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-sales");
        var r = sales.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((Sale s) -> Row.of("/centre/sales/" + s.id(), s.soldOn(), s.productName(),
                Formats.number(s.quantity()) + " " + s.uom(), s.buyer())).toList();
        return show(model, new Table("Tiêu thụ sản phẩm", null, "/centre/sales/new", "Thêm lần tiêu thụ", List.of("Ngày", "Sản phẩm", "Số lượng", "Người mua"),
                rows, r, SimplePages.base("/centre/sales", "productId", query.productId(), "year", query.year()),
                CentrePages.productAndYear(products, query.productId(), query.year()), CentrePages.TABS).ownedBy(vn.gov.khcn.centre.Products.OWNER));
    }

    @Override
    protected SaleCommand saved(long id) {
        Sale s = sales.get(id);
        return new SaleCommand(s.productId(), s.quantity(), s.soldOn(), s.buyer(), s.version(), null);
    }

    @Override
    protected Form form(SaleCommand c, Long id) {
        return new Form("Tiêu thụ sản phẩm", id == null ? "/centre/sales" : "/centre/sales/" + id, "/centre/sales", List.of(
                Field.select("productId", "Sản phẩm", c.productId(), CentrePages.productOptions(products), true),
                Field.of("number", "quantity", "Số lượng", c.quantity(), true),
                Field.of("date", "soldOn", "Ngày bán", c.soldOn(), true),
                Field.text("buyer", "Người mua, đại lý", c.buyer(), false), Field.reason(id)), c.version(), null, null, "centreSale", id, List.of()).ownedBy(vn.gov.khcn.centre.Products.OWNER);
    }
}
