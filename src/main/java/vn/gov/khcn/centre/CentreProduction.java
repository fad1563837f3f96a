package vn.gov.khcn.centre;

import static vn.gov.khcn.shared.RecordSql.params;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Unit;

/** The application centre's production: products, production lots, sales and the stock on hand they give. */
@Service
public class CentreProduction {
    static final Unit OWNER = Unit.CENTRE;
    private static final String LOT_COLS = "l.id, l.product_id, p.name as product_name, p.uom, l.quantity, l.produced_on, l.note, l.version";
    private static final String LOT_FILTER =
            "(cast(:p as bigint) is null or l.product_id = :p) and (cast(:y as integer) is null or extract(year from l.produced_on) = :y)";
    private static final String SALE_FILTER =
            "(cast(:p as bigint) is null or s.product_id = :p) and (cast(:y as integer) is null or extract(year from s.sold_on) = :y)";
    private static final String SALE_COLS = "s.id, s.product_id, p.name as product_name, p.uom, s.quantity, s.sold_on, s.buyer, s.version";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;

    CentreProduction(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
    }

    // --- products

    public List<Product> products() {
        return jdbc.sql("select id, name, uom, version from centre_product order by name").query(Product.class).list();
    }

    public Product product(long id) {
        return jdbc.sql("select id, name, uom, version from centre_product where id = :id").param("id", id).query(Product.class)
                .optional().orElseThrow(() -> new NotFoundException("sản phẩm", id));
    }

    public Optional<Product> productByName(String name) {
        return jdbc.sql("select id, name, uom, version from centre_product where name = :n").param("n", name).query(Product.class).optional();
    }

    @Transactional
    public Product createProduct(ProductCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        var p = productParams(c, null);
        long id = RecordSql.insert(jdbc, "insert into centre_product(name, uom) values (:n, :u)", p);
        Product saved = product(id);
        audit.record("centreProduct", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Product updateProduct(long id, ProductCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Product before = product(id);
        var p = productParams(c, id);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, "update centre_product set name = :n, uom = :u, version = version + 1 where id = :id and version = :v",
                p, "Sản phẩm \"" + before.name() + "\"", before);
        Product after = product(id);
        audit.record("centreProduct", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> productParams(ProductCommand c, Long id) {
        String name = RecordSql.text("name", c.name(), "tên sản phẩm", 300, true);
        productByName(name).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("name", "Sản phẩm \"" + name + "\" đã có.");
        });
        return params("n", name, "u", RecordSql.text("uom", c.uom(), "đơn vị tính (hộp, lọ, kg…)", 30, true));
    }

    // --- lots

    public ProductionLot lot(long id) {
        return jdbc.sql("select " + LOT_COLS + " from centre_lot l join centre_product p on p.id = l.product_id where l.id = :id")
                .param("id", id).query(ProductionLot.class).optional().orElseThrow(() -> new NotFoundException("lô sản xuất", id));
    }

    public PageResult<ProductionLot> lots(Long productId, Integer year, int page, int size) {
        return RecordSql.page(jdbc, ProductionLot.class, LOT_COLS, "centre_lot l join centre_product p on p.id = l.product_id",
                LOT_FILTER, params("p", productId, "y", year), "l.produced_on desc, l.id desc", page, size);
    }

    /** The lot of a product made on a day in a quantity: what identifies a lot (no two lots share it). */
    public Optional<ProductionLot> findLot(long productId, LocalDate producedOn, long quantity) {
        return jdbc.sql("select " + LOT_COLS + " from centre_lot l join centre_product p on p.id = l.product_id"
                        + " where l.product_id = :p and l.produced_on = :d and l.quantity = :q order by l.id")
                .param("p", productId).param("d", producedOn).param("q", quantity).query(ProductionLot.class).stream().findFirst();
    }

    /** Every lot the list page's filters select, in its order, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void streamLots(Long productId, Integer year, Consumer<ProductionLot> each) {
        try (var rows = jdbc.sql("select " + LOT_COLS + " from centre_lot l join centre_product p on p.id = l.product_id where " + LOT_FILTER
                + " order by l.produced_on desc, l.id desc").params(params("p", productId, "y", year)).query(ProductionLot.class).stream()) {
            rows.forEach(each);
        }
    }

    @Transactional
    public ProductionLot createLot(LotCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        var p = lotParams(c, null);
        long id = RecordSql.insert(jdbc, "insert into centre_lot(product_id, quantity, produced_on, note) values (:p, :q, :d, :n)", p);
        ProductionLot saved = lot(id);
        audit.record("centreLot", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public ProductionLot updateLot(long id, LotCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        ProductionLot before = lot(id);
        var p = lotParams(c, id);
        locks.checkChange("centreLot", id, List.of(before.producedOn(), (LocalDate) p.get("d")), null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, "update centre_lot set product_id = :p, quantity = :q, produced_on = :d, note = :n, version = version + 1 where id = :id and version = :v",
                p, "Lô sản xuất", before);
        checkNoNegativeStock(before.productId());
        checkNoNegativeStock(c.productId());
        ProductionLot after = lot(id);
        audit.record("centreLot", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> lotParams(LotCommand c, Long id) {
        Long product = RecordSql.required("productId", c.productId(), "Cần chọn sản phẩm.");
        Product p = product(product);
        long quantity = RecordSql.positive("quantity", c.quantity(), "số lượng sản xuất");
        LocalDate on = RecordSql.date("producedOn", c.producedOn(), "ngày sản xuất", true);
        findLot(product, on, quantity).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("producedOn", "Đã có lô " + Formats.number(quantity) + " " + p.uom() + " \"" + p.name()
                    + "\" sản xuất ngày " + Formats.date(on) + ".");
        });
        return params("p", product, "q", quantity, "d", on, "n", RecordSql.text("note", c.note(), "ghi chú", 1000, false));
    }

    // --- sales

    public Sale sale(long id) {
        return jdbc.sql("select " + SALE_COLS + " from centre_sale s join centre_product p on p.id = s.product_id where s.id = :id")
                .param("id", id).query(Sale.class).optional().orElseThrow(() -> new NotFoundException("lần bán", id));
    }

    public PageResult<Sale> sales(Long productId, Integer year, int page, int size) {
        return RecordSql.page(jdbc, Sale.class, SALE_COLS, "centre_sale s join centre_product p on p.id = s.product_id",
                SALE_FILTER, params("p", productId, "y", year), "s.sold_on desc, s.id desc", page, size);
    }

    /** The sale of a quantity of a product to a buyer (null: none named) on a day: what identifies a sale. */
    public Optional<Sale> findSale(long productId, LocalDate soldOn, long quantity, String buyer) {
        return jdbc.sql("select " + SALE_COLS + " from centre_sale s join centre_product p on p.id = s.product_id where s.product_id = :p"
                        + " and s.sold_on = :d and s.quantity = :q and (s.buyer = :b or (s.buyer is null and cast(:b as varchar) is null)) order by s.id")
                .param("p", productId).param("d", soldOn).param("q", quantity).param("b", buyer).query(Sale.class).stream().findFirst();
    }

    /** Every sale the list page's filters select, in its order, one at a time (for exports). */
    @Transactional(readOnly = true)
    public void streamSales(Long productId, Integer year, Consumer<Sale> each) {
        try (var rows = jdbc.sql("select " + SALE_COLS + " from centre_sale s join centre_product p on p.id = s.product_id where " + SALE_FILTER
                + " order by s.sold_on desc, s.id desc").params(params("p", productId, "y", year)).query(Sale.class).stream()) {
            rows.forEach(each);
        }
    }

    /** Records a sale; more than the stock on hand on the sale's day is refused. */
    @Transactional
    public Sale createSale(SaleCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        var p = saleParams(c, null);
        long id = RecordSql.insert(jdbc, "insert into centre_sale(product_id, quantity, sold_on, buyer) values (:p, :q, :d, :b)", p);
        checkNoNegativeStock(c.productId());
        Sale saved = sale(id);
        audit.record("centreSale", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Sale updateSale(long id, SaleCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Sale before = sale(id);
        var p = saleParams(c, id);
        locks.checkChange("centreSale", id, List.of(before.soldOn(), (LocalDate) p.get("d")), null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, "update centre_sale set product_id = :p, quantity = :q, sold_on = :d, buyer = :b, version = version + 1 where id = :id and version = :v",
                p, "Lần bán", before);
        checkNoNegativeStock(c.productId());
        Sale after = sale(id);
        audit.record("centreSale", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> saleParams(SaleCommand c, Long id) {
        Long product = RecordSql.required("productId", c.productId(), "Cần chọn sản phẩm.");
        Product p = product(product);
        long quantity = RecordSql.positive("quantity", c.quantity(), "số lượng bán");
        LocalDate on = RecordSql.date("soldOn", c.soldOn(), "ngày bán", true);
        String buyer = RecordSql.text("buyer", c.buyer(), "người mua", 500, false);
        findSale(product, on, quantity, buyer).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("soldOn", "Đã có lần bán " + Formats.number(quantity) + " " + p.uom() + " \"" + p.name() + "\" ngày "
                    + Formats.date(on) + (buyer == null ? "" : " cho " + buyer) + ".");
        });
        return params("p", product, "q", quantity, "d", on, "b", buyer);
    }

    /**
     * After a change, at no sale's day may more have been sold than produced. Runs inside the
     * change's transaction, so a refusal undoes the change.
     */
    private void checkNoNegativeStock(long productId) {
        List<LocalDate> days = jdbc.sql("select distinct sold_on from centre_sale where product_id = :p order by sold_on")
                .param("p", productId).query(LocalDate.class).list();
        for (LocalDate d : days) {
            Stock s = stock(productId, d);
            if (s.onHand() < 0) {
                throw new DomainException("quantity", "Số lượng bán vượt tồn kho: đến ngày " + Formats.date(d) + " mới sản xuất "
                        + Formats.number(s.produced()) + " " + s.uom() + " nhưng đã bán " + Formats.number(s.sold()) + " " + s.uom() + ".");
            }
        }
    }

    // --- stock

    /** Stock on hand of one product at the end of a day. */
    public Stock stock(long productId, LocalDate day) {
        Product p = product(productId);
        long produced = jdbc.sql("select coalesce(sum(quantity), 0) from centre_lot where product_id = :p and produced_on <= :d")
                .param("p", productId).param("d", day).query(Long.class).single();
        long sold = jdbc.sql("select coalesce(sum(quantity), 0) from centre_sale where product_id = :p and sold_on <= :d")
                .param("p", productId).param("d", day).query(Long.class).single();
        return new Stock(p.id(), p.name(), p.uom(), produced, sold, produced - sold);
    }

    /** Stock on hand of every product at the end of a day. */
    public List<Stock> stocks(LocalDate day) {
        return products().stream().map(p -> stock(p.id(), day)).toList();
    }
}
