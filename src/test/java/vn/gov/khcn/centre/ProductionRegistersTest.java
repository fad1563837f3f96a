package vn.gov.khcn.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/**
 * The centre's products, lots and sales: stock on hand is produced less sold, a product's stock never falls below
 * zero (also when twenty clerks sell or cut lots at once), one record per identity, versions required.
 */
class ProductionRegistersTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends ProductionRegistersContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends ProductionRegistersContract {
    }
}

abstract class ProductionRegistersContract {
    /** Days no report period of the demo (nor any test's issued report) reaches. */
    static final LocalDate DAY = LocalDate.of(2031, 3, 1);
    @Autowired
    Products products;
    @Autowired
    ProductionLots lots;
    @Autowired
    Sales sales;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    private UserDetails centreStaff() {
        return accounts.loadUserByUsername("trungtam");
    }

    /** A product of its own with one lot of {@code quantity} produced on {@link #DAY}. */
    private long productWithLot(String name, long quantity) {
        long p = products.record(ProductCommand.of(unique(name), "hộp")).id();
        lots.produce(LotCommand.of(p, quantity, DAY, null));
        return p;
    }

    @Test
    @WithUserDetails("trungtam")
    void stockOnHandIsEverythingProducedLessEverythingSold() {
        long tea = products.findByName("Trà giảo cổ lam").orElseThrow().id();
        Stock stock = products.stock(tea, LocalDate.of(2021, 9, 16));
        assertThat(stock.produced()).isEqualTo(500 + 8079);
        assertThat(stock.sold()).isEqualTo(300 + 6102);
        assertThat(stock.onHand()).isEqualTo(2177);

        long p = productWithLot("Mật ong bạc hà", 100);
        sales.sell(SaleCommand.of(p, 60L, DAY.plusDays(4), null));
        assertThat(products.stock(p, DAY.plusDays(30)).onHand()).isEqualTo(40);
        assertThat(products.stock(p, DAY.plusDays(1)).onHand()).isEqualTo(100);
        assertThat(products.stocks(new StockQuery(DAY.plusDays(30)))).filteredOn(s -> s.productId() == p).singleElement()
                .extracting(Stock::onHand).isEqualTo(40L);
    }

    @Test
    @WithUserDetails("trungtam")
    void aSaleBeyondTheStockOnHandIsRefusedAndNothingIsWritten() {
        long p = productWithLot("Nấm Linh Chi", 30);
        assertThatThrownBy(() -> sales.sell(SaleCommand.of(p, 31L, DAY.plusDays(1), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho");
        assertThatThrownBy(() -> sales.sell(SaleCommand.of(p, 10L, DAY.minusDays(1), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho");
        assertThat(products.stock(p, DAY.plusYears(1)).sold()).isZero();
        assertThat(jdbc.sql("select count(*) from centre_sale where product_id = :p").param("p", p).query(Long.class).single()).isZero();
    }

    @Test
    @WithUserDetails("trungtam")
    void aLotCutOrMovedBelowWhatWasSoldIsRefused() {
        long p = productWithLot("Trà hoa vàng", 50);
        sales.sell(SaleCommand.of(p, 40L, DAY.plusDays(2), "Đại lý A"));
        ProductionLot lot = lots.find(p, DAY, 50L).orElseThrow();
        assertThatThrownBy(() -> lots.correct(lot.id(), new LotCommand(p, 39L, DAY, null, lot.version(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho");
        assertThatThrownBy(() -> lots.correct(lot.id(), new LotCommand(p, 50L, DAY.plusDays(3), null, lot.version(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho");
        long other = products.record(ProductCommand.of(unique("Sản phẩm khác"), "hộp")).id();
        assertThatThrownBy(() -> lots.correct(lot.id(), new LotCommand(other, 50L, DAY, null, lot.version(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho");
        assertThat(lots.get(lot.id())).isEqualTo(lot);
        assertThat(lots.correct(lot.id(), new LotCommand(p, 40L, DAY.plusDays(1), "Kiểm kê lại", lot.version(), null)).quantity()).isEqualTo(40);
    }

    @Test
    @WithUserDetails("trungtam")
    void twentyClerksSellingAtOnceNeverTakeTheStockBelowZero() {
        long p = productWithLot("Trà dây", 100);
        List<Concurrently.Outcome<Sale>> outcomes = Concurrently.run(20, centreStaff(),
                n -> sales.sell(SaleCommand.of(p, 10L, DAY.plusDays(1), "Đại lý " + n)));
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(10);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(10)
                .allSatisfy(o -> assertThat(o.error()).isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho"));
        Stock s = products.stock(p, DAY.plusYears(1));
        assertThat(s.sold()).isEqualTo(100);
        assertThat(s.onHand()).isZero();
    }

    @Test
    @WithUserDetails("trungtam")
    void lotsCutWhileSalesAreMadeNeverLeaveTheStockBelowZero() {
        // ten lots of 20 before the sales' day; ten clerks cut one lot each to 1 while ten others sell 20 each
        long p = products.record(ProductCommand.of(unique("Nghệ đen"), "lọ")).id();
        for (int i = 1; i <= 10; i++) {
            lots.produce(LotCommand.of(p, 20L, DAY.minusDays(i), null));
        }
        List<ProductionLot> made = lots.search(new LotQuery(p, null), 0, 20).items();
        List<Concurrently.Outcome<Object>> outcomes = Concurrently.run(20, centreStaff(), n -> {
            if (n < 10) {
                ProductionLot l = made.get(n);
                return lots.correct(l.id(), new LotCommand(p, 1L, l.producedOn(), null, l.version(), null));
            }
            return sales.sell(SaleCommand.of(p, 20L, DAY.plusDays(1), "Đại lý " + n));
        });
        assertThat(outcomes).filteredOn(o -> !o.ok())
                .allSatisfy(o -> assertThat(o.error()).isInstanceOf(DomainException.class).hasMessageContaining("vượt tồn kho"));
        Stock s = products.stock(p, DAY.plusYears(1));
        long cut = outcomes.subList(0, 10).stream().filter(Concurrently.Outcome::ok).count();
        long sold = outcomes.subList(10, 20).stream().filter(Concurrently.Outcome::ok).count();
        assertThat(s.produced()).isEqualTo(200 - 19 * cut);
        assertThat(s.sold()).isEqualTo(20 * sold);
        assertThat(s.onHand()).isNotNegative();
    }

    @Test
    void theSameProductLotOrSaleSavedByTwentyClerksAtOnceIsStoredOnce() {
        String name = unique("Chè Shan tuyết");
        OneStored.theRestToldItIsThere(Concurrently.run(20, centreStaff(), n -> products.record(ProductCommand.of(name, "hộp"))));
        long p = products.findByName(name).orElseThrow().id();
        OneStored.theRestToldItIsThere(Concurrently.run(20, centreStaff(), n -> lots.produce(LotCommand.of(p, 500L, DAY, null))));
        OneStored.theRestToldItIsThere(Concurrently.run(20, centreStaff(), n -> sales.sell(SaleCommand.of(p, 5L, DAY, null))));
        OneStored.theRestToldItIsThere(Concurrently.run(20, centreStaff(), n -> sales.sell(SaleCommand.of(p, 5L, DAY, "Cửa hàng Phục Hòa"))));
        assertThat(jdbc.sql("select count(*) from centre_product where name = :n").param("n", name).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from centre_lot where product_id = :p").param("p", p).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from centre_sale where product_id = :p").param("p", p).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("trungtam")
    void aCorrectionNeedsTheVersionItWasMadeFromAndEveryChangeIsAudited() {
        long p = productWithLot("Trà túi lọc", 10);
        ProductionLot lot = lots.find(p, DAY, 10L).orElseThrow();
        assertThatThrownBy(() -> lots.correct(lot.id(), new LotCommand(p, 12L, DAY, null, null, null))).isInstanceOf(VersionRequiredException.class);
        Sale sale = sales.sell(SaleCommand.of(p, 3L, DAY, null));
        assertThatThrownBy(() -> sales.correct(sale.id(), new SaleCommand(p, 4L, DAY, null, null, null))).isInstanceOf(VersionRequiredException.class);
        Product product = products.get(p);
        assertThatThrownBy(() -> products.correct(p, new ProductCommand(product.name(), "gói", null))).isInstanceOf(VersionRequiredException.class);
        assertThat(products.correct(p, new ProductCommand(product.name(), "gói", product.version())).uom()).isEqualTo("gói");
        lots.correct(lot.id(), new LotCommand(p, 12L, DAY, "Cân lại", lot.version(), null));
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'centreLot' and entity_id = :id order by id").param("id", lot.id())
                .query(String.class).list()).containsExactly("CREATE", "UPDATE");
        assertThat(jdbc.sql("select before_json from audit_log where entity_type = 'centreLot' and entity_id = :id and action = 'UPDATE'")
                .param("id", lot.id()).query(String.class).single()).contains("\"quantity\":10");
    }

    @Test
    @WithUserDetails("qlcn")
    void technologyStaffCannotProduceOrSell() {
        long tea = products.findByName("Trà giảo cổ lam").orElseThrow().id();
        assertThatThrownBy(() -> lots.produce(LotCommand.of(tea, 5L, DAY, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sales.sell(SaleCommand.of(tea, 5L, DAY, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> products.record(ProductCommand.of(unique("Sản phẩm"), "hộp"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiRefusesASaleBeyondStockNamingTheQuantityAndAChangeWithoutItsVersion() throws Exception {
        long tea = products.findByName("Trà giảo cổ lam").orElseThrow().id();
        mvc.perform(post("/api/centre/sales").with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productId\":" + tea + ",\"quantity\":999999,\"soldOn\":\"2021-09-10\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("quantity"));
        long lot = jdbc.sql("select min(id) from centre_lot where product_id = :p").param("p", tea).query(Long.class).single();
        mvc.perform(put("/api/centre/lots/" + lot).with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productId\":" + tea + ",\"quantity\":1,\"producedOn\":\"2020-11-20\"}"))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    @WithUserDetails("trungtam")
    void theFormsSaveThroughTheRegistersAndShowARefusalByItsField() throws Exception {
        long p = products.record(ProductCommand.of(unique("Trà xạ đen"), "hộp")).id();
        var staff = user(centreStaff());
        String saved = mvc.perform(post("/centre/lots").with(staff).with(csrf()).param("productId", String.valueOf(p)).param("quantity", "40")
                        .param("producedOn", DAY.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ProductionLot lot = lots.find(p, DAY, 40L).orElseThrow();
        assertThat(saved).isEqualTo("/centre/lots/" + lot.id());
        mvc.perform(post("/centre/sales").with(staff).with(csrf()).param("productId", String.valueOf(p)).param("quantity", "41")
                        .param("soldOn", DAY.toString()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("vượt tồn kho")));
        mvc.perform(post("/centre/lots/" + lot.id()).with(staff).with(csrf()).param("productId", String.valueOf(p)).param("quantity", "45")
                        .param("producedOn", DAY.toString()).param("version", String.valueOf(lot.version())))
                .andExpect(redirectedUrl("/centre/lots/" + lot.id()));
        assertThat(lots.get(lot.id()).quantity()).isEqualTo(45);
    }

    @Test
    void productionPagesRender() throws Exception {
        long lot = jdbc.sql("select min(id) from centre_lot").query(Long.class).single();
        long sale = jdbc.sql("select min(id) from centre_sale").query(Long.class).single();
        long product = jdbc.sql("select min(id) from centre_product").query(Long.class).single();
        List<String> urls = new ArrayList<>(List.of("/centre/products", "/centre/products?on=2021-09-16", "/centre/products/new",
                "/centre/products/" + product, "/centre/lots", "/centre/lots?productId=" + product + "&year=2021", "/centre/lots/new",
                "/centre/lots/" + lot, "/centre/sales", "/centre/sales?year=2021", "/centre/sales/new", "/centre/sales/" + sale));
        for (String url : urls) {
            mvc.perform(get(java.net.URI.create(url)).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
        }
        mvc.perform(get("/centre").with(user("giamdoc").roles("DIRECTOR"))).andExpect(redirectedUrl("/centre/products"));
    }
}
