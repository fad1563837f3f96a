package vn.gov.khcn.centre.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.LotQuery;
import vn.gov.khcn.centre.ProductionLot;
import vn.gov.khcn.centre.ProductionLots;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The centre's production lots. */
@Controller
@RequestMapping("/centre/lots")
class LotPages extends RegisterPages<LotCommand> {
    private final ProductionLots lots;
    private final Products products;

    LotPages(ProductionLots lots, Products products) {
        super("/centre/lots", () -> LotCommand.of(null, null, null, null), c -> lots.produce(c).id(), lots::correct);
        this.lots = lots;
        this.products = products;
    }

    @GetMapping
    String list(LotQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-lots");
        var r = lots.search(query, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((ProductionLot l) -> Row.of("/centre/lots/" + l.id(), l.producedOn(), l.productName(),
                Formats.number(l.quantity()) + " " + l.uom(), l.note())).toList();
        return show(model, new Table("Lô sản xuất", null, "/centre/lots/new", "Thêm lô", List.of("Ngày", "Sản phẩm", "Số lượng", "Ghi chú"), rows, r,
                SimplePages.base("/centre/lots", "productId", query.productId(), "year", query.year()),
                CentrePages.productAndYear(products, query.productId(), query.year()), CentrePages.TABS).ownedBy(vn.gov.khcn.centre.Products.OWNER));
    }

    @Override
    protected LotCommand saved(long id) {
        ProductionLot l = lots.get(id);
        return new LotCommand(l.productId(), l.quantity(), l.producedOn(), l.note(), l.version(), null);
    }

    @Override
    protected Form form(LotCommand c, Long id) {
        return new Form("Lô sản xuất", id == null ? "/centre/lots" : "/centre/lots/" + id, "/centre/lots", List.of(
                Field.select("productId", "Sản phẩm", c.productId(), CentrePages.productOptions(products), true),
                Field.of("number", "quantity", "Số lượng", c.quantity(), true),
                Field.of("date", "producedOn", "Ngày sản xuất", c.producedOn(), true),
                Field.text("note", "Ghi chú", c.note(), false), Field.reason(id)), c.version(), null, null, "centreLot", id, List.of()).ownedBy(vn.gov.khcn.centre.Products.OWNER);
    }
}
