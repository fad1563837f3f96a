package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.Arrays;
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
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.Unit;

/**
 * The products the application centre makes, and their stock on hand: everything produced less everything sold,
 * up to a day. Lots ({@link ProductionLots}) and sales ({@link Sales}) hold their product while they are written, so
 * the stock they check is the stock they leave.
 */
@Service
public class Products extends RecordFacade<Product> {
    /** The unit that keeps the centre's registers (products, lots, sales, trainings, model works, gene sources). */
    public static final Unit OWNER = Unit.keeping("centre", "sản xuất, tập huấn, nguồn gen của Trung tâm", Unit.CENTRE);

    static final RecordType<Product> PRODUCT = RecordType.of("centreProduct", "sản phẩm", "centre_product", OWNER,
            RecordType.undated(), Product::name);

    Products(JdbcClient jdbc, RecordWrites writes) {
        super(writes, PRODUCT, new RecordTable<>(jdbc, Product.class, "sản phẩm", "id", "id, name, uom, version", "centre_product"));
    }

    public List<Product> all() {
        return table.all("name");
    }

    /** The product named exactly {@code name}: a product's name identifies it. */
    public Optional<Product> findByName(String name) {
        return table.one("name = :n", RecordSql.params("n", name));
    }

    /** The product named exactly {@code name}, for the lots' and sales' sheets; unknown is a Vietnamese error naming it. */
    public Product requireByName(String name) {
        return findByName(name).orElseThrow(() -> new DomainException("productId", "Sản phẩm \"" + name
                + "\" chưa có trong danh mục sản phẩm của Trung tâm: thêm sản phẩm (hoặc nhập tệp mẫu Sản phẩm) trước."));
    }

    @Transactional
    public Product record(ProductCommand c) {
        return register.add(OWNER, null, "cùng tên sản phẩm", () -> table.insert(
                "insert into centre_product(name, uom) values (:name, :uom)", validate(c, null)));
    }

    @Transactional
    public Product correct(long id, ProductCommand c) {
        return register.change(id, c.version(), null, before -> table.update(
                "update centre_product set name = :name, uom = :uom where id = :id", id, validate(c, id)));
    }

    private record Valid(String name, String uom) {
    }

    private Valid validate(ProductCommand c, Long id) {
        String name = Check.text("name", "tên sản phẩm", c.name(), 300);
        findByName(name).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("name", "Sản phẩm \"" + name + "\" đã có.");
        });
        return new Valid(name, Check.text("uom", "đơn vị tính (hộp, lọ, kg…)", c.uom(), 30));
    }

    // --- stock

    /** Stock on hand of one product at the end of a day. */
    public Stock stock(long productId, LocalDate day) {
        return ledger(get(productId)).on(day);
    }

    /** Stock on hand of every product at the end of the query's day. */
    public List<Stock> stocks(StockQuery q) {
        LocalDate day = q.day();
        return all().stream().map(p -> ledger(p).on(day)).toList();
    }

    /**
     * Holds products for a write of their lots or sales (in ascending id order, so two writers never wait for each
     * other): a concurrent writer of their stock waits until this transaction ends. Returns them as held, by id.
     */
    List<Product> holdStock(long... ids) {
        return Arrays.stream(ids).distinct().sorted().mapToObj(register::hold).toList();
    }

    /**
     * After a write of a held product's lots or sales, inside it: at no day's end may more have been sold than
     * produced. A refusal rolls the write back.
     */
    void requireInStock(Product p) {
        StockLedger ledger = ledger(p);
        ledger.firstShortfall().ifPresent(day -> {
            Stock s = ledger.on(day);
            throw new DomainException("quantity", "Số lượng bán vượt tồn kho: đến ngày " + Formats.date(day) + " mới sản xuất "
                    + Formats.number(s.produced()) + " " + s.uom() + " nhưng đã bán " + Formats.number(s.sold()) + " " + s.uom() + ".");
        });
    }

    private record Movement(LocalDate onDay, long quantity) {
    }

    private StockLedger ledger(Product p) {
        StockLedger ledger = new StockLedger(p);
        movements("select produced_on as on_day, sum(quantity) as quantity from centre_lot where product_id = :p group by produced_on", p)
                .forEach(m -> ledger.produced(m.onDay(), m.quantity()));
        movements("select sold_on as on_day, sum(quantity) as quantity from centre_sale where product_id = :p group by sold_on", p)
                .forEach(m -> ledger.sold(m.onDay(), m.quantity()));
        return ledger;
    }

    private List<Movement> movements(String sql, Product p) {
        return jdbc.sql(sql).param("p", p.id()).query(Rows.of(Movement.class)).list();
    }
}
