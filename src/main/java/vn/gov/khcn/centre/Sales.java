package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;

/**
 * The centre's sales. A sale is made and corrected with its product held, and more than the stock on hand on the
 * sale's day (or on any later sale's day) is refused: a product's stock never falls below zero.
 */
@Service
public class Sales extends RecordFacade<Sale> {
    static final RecordType<Sale> SALE = RecordType.of("centreSale", "lần bán", "centre_sale", Products.OWNER, Sale::reportDates,
            s -> s.productName() + ", " + Formats.date(s.soldOn()));
    private static final String SAME = "cùng sản phẩm, ngày bán, số lượng và người mua";
    private final Products products;

    Sales(JdbcClient jdbc, RecordWrites writes, Products products) {
        super(writes, SALE, new RecordTable<>(jdbc, Sale.class, "lần bán", "s.id",
                "s.id, s.product_id, p.name as product_name, p.uom, s.quantity, s.sold_on, s.buyer, s.version",
                "centre_sale s join centre_product p on p.id = s.product_id"));
        this.products = products;
    }

    public PageResult<Sale> search(SaleQuery q, int page, int size) {
        return table.page(
                "(cast(:p as bigint) is null or s.product_id = :p) and (cast(:y as integer) is null or extract(year from s.sold_on) = :y)",
                RecordSql.params("p", q.productId(), "y", q.year()), "s.sold_on desc, s.id desc", page, size);
    }

    /** The sale of a quantity of a product to a buyer (null: none named) on a day: what identifies a sale. */
    public Optional<Sale> find(long productId, LocalDate soldOn, long quantity, String buyer) {
        return table.first("s.product_id = :p and s.sold_on = :d and s.quantity = :q"
                        + " and (s.buyer = :b or (s.buyer is null and cast(:b as varchar) is null)) order by s.id",
                RecordSql.params("p", productId, "d", soldOn, "q", quantity, "b", buyer));
    }

    /** Sells from the stock on hand. */
    @Transactional
    public Sale sell(SaleCommand c) {
        register.requireEdit(Products.OWNER);
        Product p = products.holdStock(Check.chosen("productId", "sản phẩm", c.productId())).get(0);
        return register.add(Products.OWNER, c.reason(), SAME, () -> {
            long id = table.insert("insert into centre_sale(product_id, quantity, sold_on, buyer) values (:productId, :quantity, :soldOn, :buyer)",
                    validate(c, p, null));
            products.requireInStock(p);
            return id;
        });
    }

    /** Corrects a sale; the product it is then a sale of must have had the stock for it (the product it leaves gains). */
    @Transactional
    public Sale correct(long id, SaleCommand c) {
        register.requireEdit(Products.OWNER);
        Product p = products.holdStock(Check.chosen("productId", "sản phẩm", c.productId())).get(0);
        return register.change(id, c.version(), c.reason(), before -> {
            table.update("update centre_sale set product_id = :productId, quantity = :quantity, sold_on = :soldOn, buyer = :buyer"
                    + " where id = :id", id, validate(c, p, id));
            products.requireInStock(p);
        });
    }

    /** A sale as the register stores it. */
    private record Valid(long productId, long quantity, LocalDate soldOn, String buyer) {
    }

    private Valid validate(SaleCommand c, Product p, Long id) {
        long quantity = Check.positive("quantity", "số lượng bán", c.quantity());
        LocalDate on = Check.date("soldOn", "ngày bán", c.soldOn());
        String buyer = Check.optionalText("buyer", "người mua", c.buyer(), 500);
        find(p.id(), on, quantity, buyer).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("soldOn", "Đã có lần bán " + Formats.number(quantity) + " " + p.uom() + " \"" + p.name() + "\" ngày "
                    + Formats.date(on) + (buyer == null ? "" : " cho " + buyer) + ".");
        });
        return new Valid(p.id(), quantity, on, buyer);
    }
}
