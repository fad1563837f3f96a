package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.List;
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
 * The centre's production lots. A lot is produced and corrected with its product held: a correction that leaves
 * less produced by a sale's day than was sold by then is refused.
 */
@Service
public class ProductionLots extends RecordFacade<ProductionLot> {
    static final RecordType<ProductionLot> LOT = RecordType.of("centreLot", "lô sản xuất", "centre_lot", Products.OWNER,
            ProductionLot::reportDates, l -> l.productName() + ", " + Formats.date(l.producedOn()));
    private final Products products;

    ProductionLots(JdbcClient jdbc, RecordWrites writes, Products products) {
        super(writes, LOT, new RecordTable<>(jdbc, ProductionLot.class, "lô sản xuất", "l.id",
                "l.id, l.product_id, p.name as product_name, p.uom, l.quantity, l.produced_on, l.note, l.version",
                "centre_lot l join centre_product p on p.id = l.product_id"));
        this.products = products;
    }

    public PageResult<ProductionLot> search(LotQuery q, int page, int size) {
        return table.page(
                "(cast(:p as bigint) is null or l.product_id = :p) and (cast(:y as integer) is null or extract(year from l.produced_on) = :y)",
                RecordSql.params("p", q.productId(), "y", q.year()), "l.produced_on desc, l.id desc", page, size);
    }

    /** The lot of a product made on a day in a quantity: what identifies a lot (no two lots share it). */
    public Optional<ProductionLot> find(long productId, LocalDate producedOn, long quantity) {
        return table.first("l.product_id = :p and l.produced_on = :d and l.quantity = :q order by l.id",
                RecordSql.params("p", productId, "d", producedOn, "q", quantity));
    }

    /** Records a lot produced. */
    @Transactional
    public ProductionLot produce(LotCommand c) {
        register.requireEdit(Products.OWNER);
        Product p = products.holdStock(Check.chosen("productId", "sản phẩm", c.productId())).get(0);
        return register.add(Products.OWNER, c.reason(), "cùng sản phẩm, ngày sản xuất và số lượng", () -> table.insert("""
                insert into centre_lot(product_id, quantity, produced_on, note) values (:productId, :quantity, :producedOn, :note)""",
                validate(c, p, null)));
    }

    /** Corrects a lot; the stock of the product it leaves and of the one it goes to may fall below zero on no day. */
    @Transactional
    public ProductionLot correct(long id, LotCommand c) {
        ProductionLot was = get(id);
        register.requireEdit(Products.OWNER);
        long productId = Check.chosen("productId", "sản phẩm", c.productId());
        List<Product> held = products.holdStock(was.productId(), productId);
        Product p = held.stream().filter(x -> x.id() == productId).findFirst().orElseThrow();
        return register.change(id, c.version(), c.reason(), before -> {
            table.update("update centre_lot set product_id = :productId, quantity = :quantity, produced_on = :producedOn,"
                    + " note = :note where id = :id", id, validate(c, p, id));
            held.forEach(products::requireInStock);
        });
    }

    /** A lot as the register stores it. */
    private record Valid(long productId, long quantity, LocalDate producedOn, String note) {
    }

    private Valid validate(LotCommand c, Product p, Long id) {
        long quantity = Check.positive("quantity", "số lượng sản xuất", c.quantity());
        LocalDate on = Check.date("producedOn", "ngày sản xuất", c.producedOn());
        String note = Check.optionalText("note", "ghi chú", c.note(), 1000);
        find(p.id(), on, quantity).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("producedOn", "Đã có lô " + Formats.number(quantity) + " " + p.uom() + " \"" + p.name()
                    + "\" sản xuất ngày " + Formats.date(on) + ".");
        });
        return new Valid(p.id(), quantity, on, note);
    }
}
