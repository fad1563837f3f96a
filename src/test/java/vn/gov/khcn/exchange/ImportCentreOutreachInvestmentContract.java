package vn.gov.khcn.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.GeneSources;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.centre.ModelWorks;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.centre.ProductionLots;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.Sales;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.centre.Trainings;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.investment.DisbursementCommand;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/**
 * The registers of the application centre, outreach and investment through their spreadsheets, on both databases:
 * a filled template is imported (a row repeated in the file is skipped), read back through the module's service,
 * imported again with every row skipped; one wrong cell or one row breaking a register rule refuses the file; an
 * export with the list page's filters holds exactly the rows selected, in template columns, and imports as all skipped.
 */
abstract class ImportCentreOutreachInvestmentContract {
    @Autowired
    Imports imports;
    @Autowired
    Exports exports;
    @Autowired
    List<RegisterSheet<?>> registers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Products products;
    @Autowired
    ProductionLots lots;
    @Autowired
    Sales sales;
    @Autowired
    Trainings trainings;
    @Autowired
    GeneSources geneSources;
    @Autowired
    ModelWorks modelWorks;
    @Autowired
    Outreach outreach;
    @Autowired
    InvestmentProjects projects;
    @TempDir
    Path dir;

    String tag() {
        return getClass().getSimpleName().contains("H2") ? "H" : "P";
    }

    interface Rows {
        /** The rows of a file; {@code p} makes names unique, {@code base} (0, 10, 20) makes keys unique. */
        List<Object[]> rows(String p, int base);
    }

    /**
     * One register's round trip. {@code filters} are list-page parameters selecting exactly the imported rows, or
     * those {@code selected} picks ({@code exported}, when set, says how many rows the export holds instead); {@code badColumn} gets
     * {@code badValue} in the second row of a file that must be refused; {@code ruleRow} is a row the module's
     * service refuses with a message containing {@code ruleMessage}.
     */
    record Case(String key, String sheet, String table, Rows rows, Supplier<Map<String, String>> filters, Supplier<Long> exported,
                int badColumn, String badValue, Object[] ruleRow, String ruleMessage, Consumer<List<Object[]>> check,
                UnaryOperator<List<Object[]>> selected) {
        Case(String key, String sheet, String table, Rows rows, Supplier<Map<String, String>> filters, Supplier<Long> exported,
             int badColumn, String badValue, Object[] ruleRow, String ruleMessage, Consumer<List<Object[]>> check) {
            this(key, sheet, table, rows, filters, exported, badColumn, badValue, ruleRow, ruleMessage, check, all -> all);
        }
    }

    static LocalDate day(int month, int day) {
        // this year, before any period a golden report covers
        return LocalDate.of(2026, month, day);
    }

    static List<Object[]> times(int n, java.util.function.IntFunction<Object[]> row) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(row.apply(i));
        }
        return rows;
    }

    List<Case> centre() {
        String product = "Trà hoa vàng nhập " + tag();
        long productId = products.record(ProductCommand.of(product, "hộp")).id();
        lots.produce(LotCommand.of(productId, 1_000L, day(1, 2), "Lô đầu để bán"));
        return List.of(
                new Case("centre-products", "San pham", "centre_product",
                        (p, b) -> times(3, i -> new Object[] {p + " sản phẩm " + (b + i), i == 2 ? "kg" : "lọ"}),
                        () -> Map.of("on", "2026-01-31"), () -> count("centre_product"), 1, "", null, null,
                        rows -> assertThat(products.findByName((String) rows.get(1)[0]).orElseThrow().uom()).isEqualTo("kg")),
                new Case("centre-lots", "Lo san xuat", "centre_lot",
                        (p, b) -> times(3, i -> new Object[] {product, day(2, b + i), 100L + b + i, i == 1 ? null : p + " lô " + i}),
                        () -> Map.of("productId", String.valueOf(productId), "year", "2026"), () -> 4L, 2, "mười",
                        new Object[] {"Sản phẩm Không Có " + tag(), day(2, 28), 5L, null}, "Sản phẩm \"Sản phẩm Không Có " + tag() + "\" chưa có",
                        rows -> assertThat(lots.find(productId, day(2, 2), 102L).orElseThrow().note()).endsWith(" lô 2")),
                new Case("centre-sales", "Tieu thu", "centre_sale",
                        (p, b) -> times(3, i -> new Object[] {product, day(3, b + i), 10L + b + i, i == 3 ? null : p + " đại lý " + i}),
                        () -> Map.of("productId", String.valueOf(productId)), null, 1, "31/02/2026",
                        new Object[] {product, day(1, 3), 1_001L, null}, "vượt tồn kho",
                        rows -> assertThat(products.stock(productId, day(3, 31)).sold()).isEqualTo(11 + 12 + 13)),
                new Case("centre-trainings", "Tap huan", "centre_training",
                        (p, b) -> times(3, i -> new Object[] {p + " lớp " + (b + i), "xã Lê Lai", "Thạch An", day(4, b + i), i == 2 ? null : 20L + i}),
                        () -> Map.of("q", "nhap " + tag() + " CENTRE-TRAININGS", "year", "2026"), null, 3, "32/01/2026",
                        new Object[] {"Lớp sai " + tag(), "xã Lê Lai", "Thạch An", day(4, 28), -1L}, "số người tham dự (số không âm)",
                        rows -> assertThat(trainings.find((String) rows.get(0)[0], "xã Lê Lai", "Thạch An", day(4, 1))
                                .orElseThrow().participants()).isEqualTo(21)),
                new Case("centre-gene-sources", "Nguon gen", "gene_source",
                        (p, b) -> times(3, i -> new Object[] {p + " giống " + (b + i), day(1, b + i), i == 3 ? day(10, 1) : null}),
                        () -> Map.of("q", "Nhập " + tag() + " centre-gene", "on", "2026-01-15"), null, 1, "hôm qua",
                        new Object[] {"Giống sai " + tag(), day(6, 1), day(5, 1)}, "Ngày thôi lưu giữ phải sau",
                        rows -> assertThat(geneSources.find((String) rows.get(2)[0], day(1, 3)).orElseThrow().keptUntil())
                                .isEqualTo(day(10, 1))),
                new Case("centre-model-works", "Mo hinh", "centre_model_work",
                        (p, b) -> times(3, i -> new Object[] {p + " mô hình " + (b + i), i == 1 ? null : "xã Đức Long", day(5, b + i),
                                i == 2 ? "Mô tả " + i : null}),
                        () -> Map.of("q", "Nhập " + tag() + " centre-model", "year", "2026"), null, 2, "2026-05-40", null, null,
                        rows -> assertThat(modelWorks.find((String) rows.get(1)[0], "xã Đức Long", day(5, 2)).orElseThrow()
                                .description()).isEqualTo("Mô tả 2")));
    }

    @Test
    @WithUserDetails("trungtam")
    void centreRegistersGoThroughTheirSpreadsheets() throws Exception {
        for (Case c : centre()) {
            roundTrip(c);
        }
    }

    List<Case> office() {
        String project = "Dự án giải ngân nhập " + tag();
        long projectId = projects.record(ProjectCommand.of(project, 10_000_000_000L, day(1, 1), null, null, Unit.OFFICE)).id();
        return List.of(
                new Case("outreach", "Tuyen truyen", "outreach_item", (p, b) -> List.of(
                        new Object[] {"Tin, bài trên trang thông tin điện tử", p + " tin " + b, day(6, b + 1), "khcncaobang.gov.vn", null, null, null},
                        new Object[] {"Chuyên mục phát thanh, truyền hình", p + " chuyên mục " + b, day(6, b + 2), null, "Đài PT-TH tỉnh Cao Bằng", null, null},
                        new Object[] {"Tài liệu thông tin KH&CN (bản in)", p + " tài liệu " + b, null, null, null, (703 + b) + "/2026", 500L}),
                        () -> Map.of("q", "nhap " + tag() + " outreach", "year", "2026"), null, 0, "Báo giấy",
                        new Object[] {"Tài liệu thông tin KH&CN (bản in)", "Tài liệu sai " + tag(), null, null, null, "7-2026", 10L}, "không đúng dạng số/năm",
                        rows -> assertThat(outreach.findBulletin("703/2026").orElseThrow().copies()).isEqualTo(500),
                        // a bulletin still drafted has no year: the year filter leaves it out
                        rows -> rows.subList(0, 2)),
                new Case("investment-projects", "Du an dau tu", "investment_project",
                        (p, b) -> times(3, i -> new Object[] {p + " dự án " + (b + i), 1_000_000_000L * i, day(1, b + i), i == 2 ? day(3, 1) : null,
                                i == 1 ? "Đang lập hồ sơ" : null, Unit.OFFICE.label()}),
                        () -> Map.of("q", "nhap " + tag() + " investment-projects", "active", "true"), null, 1, "15 tỷ",
                        new Object[] {"Dự án sai " + tag(), 1L, day(5, 1), day(4, 1), null, null}, "Ngày hoàn thành phải sau ngày khởi công",
                        rows -> assertThat(projects.findByName((String) rows.get(1)[0]).orElseThrow().endOn()).isEqualTo(day(3, 1)),
                        // the project that ended is not active
                        rows -> List.of(rows.get(0), rows.get(2))),
                new Case("investment-disbursements", "Giai ngan", "investment_disbursement",
                        (p, b) -> times(3, i -> new Object[] {project, day(2, b + i), 100_000_000L * i + b, i == 2 ? p + " đợt " + i : null}),
                        () -> Map.of("q", project), null, 1, "30/02/2026",
                        new Object[] {"Dự án Không Có " + tag(), day(2, 1), 5L, null}, "Dự án \"Dự án Không Có " + tag() + "\" chưa có",
                        rows -> assertThat(projects.get(projectId).disbursed()).isEqualTo(600_000_000L)));
    }

    @Test
    @WithUserDetails("vanphong")
    void outreachAndInvestmentRegistersGoThroughTheirSpreadsheets() throws Exception {
        for (Case c : office()) {
            roundTrip(c);
        }
    }

    @Test
    @WithUserDetails("admin")
    void theSameRecordEnteredTwiceIsRefusedByItsRegisterAndARecordSavedUnchangedIsNot() {
        String t = "Nhập trùng " + tag();
        long product = products.record(ProductCommand.of(t, "kg")).id();
        lots.produce(LotCommand.of(product, 100L, day(6, 30), null));
        long project = projects.record(ProjectCommand.of(t, 1_000_000L, day(7, 1), null, null, Unit.OFFICE)).id();
        Map<String, Runnable> entries = new LinkedHashMap<>();
        entries.put("lot", () -> lots.produce(LotCommand.of(product, 50L, day(7, 1), null)));
        entries.put("sale without a buyer", () -> sales.sell(SaleCommand.of(product, 5L, day(7, 2), null)));
        entries.put("sale", () -> sales.sell(SaleCommand.of(product, 5L, day(7, 2), "Đại lý " + t)));
        entries.put("training", () -> trainings.hold(TrainingCommand.of(t, "xã Bế Triều", "Hòa An", day(7, 3), null)));
        entries.put("gene source", () -> geneSources.keep(GeneSourceCommand.of(t, day(7, 4), null)));
        entries.put("model work", () -> modelWorks.record(ModelWorkCommand.of(t, null, day(7, 5), null)));
        entries.put("news post", () -> outreach.record(OutreachCommand.of(Channel.NEWS_POST, t, day(7, 6), "khcncaobang.gov.vn", null, null, null)));
        entries.put("broadcast", () -> outreach.record(OutreachCommand.of(Channel.BROADCAST, t, day(7, 6), null, "Đài tỉnh", null, null)));
        entries.put("project", () -> projects.record(ProjectCommand.of(t + " (2)", 1_000L, day(7, 1), null, null, Unit.OFFICE)));
        entries.put("disbursement", () -> projects.disburse(project, new DisbursementCommand(day(7, 7), 1_000L, null)));
        entries.forEach((what, entry) -> {
            entry.run();
            assertThatThrownBy(entry::run).as(what).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("đã có"));
        });
        var lot = lots.find(product, day(7, 1), 50L).orElseThrow();
        lots.correct(lot.id(), new LotCommand(product, 50L, day(7, 1), "Ghi chú sửa", lot.version(), null));
        assertThat(lots.get(lot.id()).note()).isEqualTo("Ghi chú sửa");
    }

    @Test
    void listPagesOfferTheExportWithTheirFilters() throws Exception {
        for (String page : List.of("/centre/products?on=2026-01-31", "/centre/lots?productId=1&year=2026", "/centre/sales?year=2026",
                "/centre/trainings?q=l%E1%BB%9Bp&year=2026", "/centre/gene-sources?q=gi%E1%BB%91ng&on=2026-01-15", "/centre/model-works?year=2026",
                "/outreach?channel=BULLETIN&q=t%C3%A0i&year=2026", "/investment?q=abc&active=true")) {
            String path = page.substring(1, page.indexOf('?'));
            String key = path.equals("investment") ? "investment-projects" : path.replace("centre/", "centre-");
            String html = mvc.perform(get(java.net.URI.create(page)).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("/exchange/export/" + key + ".xlsx" + page.substring(page.indexOf('?')).replace("&", "&amp;"));
        }
    }

    void roundTrip(Case c) throws IOException {
        String p = "Nhập " + tag() + " " + c.key();
        List<Object[]> rows = c.rows().rows(p, 0);
        List<Object[]> withRepeat = new ArrayList<>(rows);
        withRepeat.add(rows.get(0));
        long before = count(c.table());
        ImportOutcome out = imports.importFile(fill(c.key(), c.sheet(), withRepeat), c.key() + ".xlsx", null);
        assertThat(out.errors()).as(c.key()).isEmpty();
        assertThat(out.register()).isEqualTo(c.key());
        assertThat(out.added()).as(c.key()).isEqualTo(rows.size());
        assertThat(out.skipped()).as(c.key()).isEqualTo(1);
        assertThat(count(c.table())).as(c.key()).isEqualTo(before + rows.size());
        c.check().accept(rows);

        ImportOutcome again = imports.importFile(fill(c.key(), c.sheet(), rows), c.key() + ".xlsx", c.key());
        assertThat(again.added()).as(c.key()).isZero();
        assertThat(again.skipped()).as(c.key()).isEqualTo(rows.size());

        List<Object[]> bad = c.rows().rows(p + " lỗi", 10);
        bad.get(1)[c.badColumn()] = c.badValue();
        ImportOutcome refused = imports.importFile(fill(c.key(), c.sheet(), bad), c.key() + "-loi.xlsx", c.key());
        assertThat(refused.refused()).as(c.key()).isTrue();
        String column = (char) ('A' + c.badColumn()) + " (" + register(c.key()).spec().columns().get(c.badColumn()).heading() + ")";
        assertThat(refused.errors()).as(c.key()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("dòng 3").contains("cột " + column));
        if (c.ruleRow() != null) {
            List<Object[]> rule = new ArrayList<>(c.rows().rows(p + " luật", 20).subList(0, 1));
            rule.add(c.ruleRow());
            ImportOutcome broken = imports.importFile(fill(c.key(), c.sheet(), rule), c.key() + "-luat.xlsx", c.key());
            assertThat(broken.errors()).as(c.key()).singleElement().satisfies(e -> assertThat(e.message())
                    .contains("dòng 3").contains(c.ruleMessage()));
        }
        assertThat(count(c.table())).as(c.key()).isEqualTo(before + rows.size());

        List<Object[]> exported = new ArrayList<>();
        exports.each(c.key(), c.filters().get(), exported::add);
        List<Object[]> selected = c.selected().apply(rows);
        assertThat(exported).as(c.key()).hasSize(c.exported() == null ? selected.size() : c.exported().get().intValue());
        assertThat(exported).as(c.key()).containsAll(selected);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.export(c.key(), Exports.Format.CSV, c.filters().get(), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + String.join(",",
                register(c.key()).spec().columns().stream().map(Column::heading).map(h -> h.contains(",") ? "\"" + h + "\"" : h).toList()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        exports.export(c.key(), Exports.Format.XLSX, c.filters().get(), xlsx);
        Path file = Files.write(dir.resolve(c.key() + "-xuat.xlsx"), xlsx.toByteArray());
        ImportOutcome back = imports.importFile(file, c.key() + "-xuat.xlsx", null);
        assertThat(back.errors()).as(c.key()).isEmpty();
        assertThat(back.register()).isEqualTo(c.key());
        assertThat(back.added()).as(c.key()).isZero();
        assertThat(back.skipped()).as(c.key()).isEqualTo(exported.size());
    }

    RegisterSheet<?> register(String key) {
        return registers.stream().filter(r -> r.spec().key().equals(key)).findFirst().orElseThrow();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The register's downloaded template with the rows written into its data sheet. */
    Path fill(String key, String sheet, List<Object[]> rows) throws IOException {
        return vn.gov.khcn.testing.Workbooks.fill(imports.template(key), sheet, rows, Files.createTempFile(dir, key, ".xlsx"));
    }
}
