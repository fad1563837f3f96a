package vn.gov.khcn.centre.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.centre.CentreActivities;
import vn.gov.khcn.centre.CentreProduction;
import vn.gov.khcn.centre.GeneSource;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.ModelWork;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.centre.Product;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.centre.ProductionLot;
import vn.gov.khcn.centre.Sale;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.Training;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** Pages of the application centre: products with stock on hand, lots, sales, trainings, gene sources, model work. */
@Controller
@RequestMapping("/centre")
class CentrePages {
    private static final List<Link> TABS = List.of(new Link("/centre/products", "Sản phẩm, tồn kho"), new Link("/centre/lots", "Lô sản xuất"),
            new Link("/centre/sales", "Tiêu thụ"), new Link("/centre/trainings", "Lớp tập huấn"),
            new Link("/centre/gene-sources", "Nguồn gen"), new Link("/centre/model-works", "Mô hình, chuyển giao"));
    private final CentreProduction production;
    private final CentreActivities activities;

    CentrePages(CentreProduction production, CentreActivities activities) {
        this.production = production;
        this.activities = activities;
    }

    @GetMapping
    String home() {
        return "redirect:/centre/products";
    }

    // --- products and stock

    @GetMapping("/products")
    String products(@RequestParam(required = false) LocalDate on, Model model) {
        SimplePages.exportAs(model, "centre-products");
        LocalDate day = on == null ? LocalDate.now() : on;
        List<Row> rows = production.stocks(day).stream().map(s -> new Row("/centre/products/" + s.productId(), List.of(s.name(), s.uom(),
                Formats.number(s.produced()), Formats.number(s.sold()), Formats.number(s.onHand())))).toList();
        return show(model, new Table("Sản phẩm và tồn kho đến ngày " + Formats.date(day), "Tồn kho = tổng sản xuất − tổng tiêu thụ đến hết ngày.",
                "/centre/products/new", "Thêm sản phẩm", List.of("Sản phẩm", "Đơn vị tính", "Đã sản xuất", "Đã tiêu thụ", "Tồn kho"), rows, null, null,
                List.of(new Filter("on", "Đến ngày (yyyy-mm-dd)", day.toString(), List.of())), TABS));
    }

    @GetMapping("/products/new")
    String newProduct(Model model) {
        return show(model, productForm(new ProductCommand(null, null, null), null));
    }

    @GetMapping("/products/{id}")
    String product(@PathVariable long id, Model model) {
        Product p = production.product(id);
        return show(model, productForm(new ProductCommand(p.name(), p.uom(), p.version()), id));
    }

    @PostMapping("/products")
    String createProduct(ProductCommand c, Model model, RedirectAttributes ra) {
        return save(() -> production.createProduct(c).id(), "/centre/products/", productForm(c, null), model, ra);
    }

    @PostMapping("/products/{id}")
    String updateProduct(@PathVariable long id, ProductCommand c, Model model, RedirectAttributes ra) {
        return save(() -> production.updateProduct(id, c).id(), "/centre/products/", productForm(c, id), model, ra);
    }

    private Form productForm(ProductCommand c, Long id) {
        return new Form("Sản phẩm", id == null ? "/centre/products" : "/centre/products/" + id, "/centre/products", List.of(
                Field.text("name", "Tên sản phẩm", c.name(), true), Field.text("uom", "Đơn vị tính (hộp, lọ, kg…)", c.uom(), true)),
                c.version(), null, null, "centreProduct", id,
                id == null ? List.of() : List.of(new Link("/centre/lots?productId=" + id, "Các lô sản xuất"), new Link("/centre/sales?productId=" + id, "Các lần tiêu thụ")));
    }

    // --- lots

    @GetMapping("/lots")
    String lots(@RequestParam(required = false) Long productId, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-lots");
        var r = production.lots(productId, year, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((ProductionLot l) -> new Row("/centre/lots/" + l.id(), List.of(Formats.date(l.producedOn()),
                l.productName(), Formats.number(l.quantity()) + " " + l.uom(), l.note() == null ? "" : l.note()))).toList();
        return show(model, new Table("Lô sản xuất", null, "/centre/lots/new", "Thêm lô", List.of("Ngày", "Sản phẩm", "Số lượng", "Ghi chú"),
                rows, r, SimplePages.base("/centre/lots", filters(productId, year)), productYear(productId, year), TABS));
    }

    @GetMapping("/lots/new")
    String newLot(Model model) {
        return show(model, lotForm(new LotCommand(null, null, null, null, null), null));
    }

    @GetMapping("/lots/{id}")
    String lot(@PathVariable long id, Model model) {
        ProductionLot l = production.lot(id);
        return show(model, lotForm(new LotCommand(l.productId(), l.quantity(), l.producedOn(), l.note(), l.version()), id));
    }

    @PostMapping("/lots")
    String createLot(LotCommand c, Model model, RedirectAttributes ra) {
        return save(() -> production.createLot(c).id(), "/centre/lots/", lotForm(c, null), model, ra);
    }

    @PostMapping("/lots/{id}")
    String updateLot(@PathVariable long id, LotCommand c, Model model, RedirectAttributes ra) {
        return save(() -> production.updateLot(id, c).id(), "/centre/lots/", lotForm(c, id), model, ra);
    }

    private Form lotForm(LotCommand c, Long id) {
        return new Form("Lô sản xuất", id == null ? "/centre/lots" : "/centre/lots/" + id, "/centre/lots", List.of(
                Field.select("productId", "Sản phẩm", c.productId(), productOptions(), true),
                Field.of("number", "quantity", "Số lượng", c.quantity(), true),
                Field.of("date", "producedOn", "Ngày sản xuất", c.producedOn(), true),
                Field.text("note", "Ghi chú", c.note(), false)), c.version(), null, null, "centreLot", id, List.of());
    }

    // --- sales

    @GetMapping("/sales")
    String sales(@RequestParam(required = false) Long productId, @RequestParam(required = false) Integer year,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-sales");
        var r = production.sales(productId, year, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((Sale s) -> new Row("/centre/sales/" + s.id(), List.of(Formats.date(s.soldOn()),
                s.productName(), Formats.number(s.quantity()) + " " + s.uom(), s.buyer() == null ? "" : s.buyer()))).toList();
        return show(model, new Table("Tiêu thụ sản phẩm", null, "/centre/sales/new", "Thêm lần tiêu thụ", List.of("Ngày", "Sản phẩm", "Số lượng", "Người mua"),
                rows, r, SimplePages.base("/centre/sales", filters(productId, year)), productYear(productId, year), TABS));
    }

    @GetMapping("/sales/new")
    String newSale(Model model) {
        return show(model, saleForm(new SaleCommand(null, null, null, null, null), null));
    }

    @GetMapping("/sales/{id}")
    String sale(@PathVariable long id, Model model) {
        Sale s = production.sale(id);
        return show(model, saleForm(new SaleCommand(s.productId(), s.quantity(), s.soldOn(), s.buyer(), s.version()), id));
    }

    @PostMapping("/sales")
    String createSale(SaleCommand c, Model model, RedirectAttributes ra) {
        return save(() -> production.createSale(c).id(), "/centre/sales/", saleForm(c, null), model, ra);
    }

    @PostMapping("/sales/{id}")
    String updateSale(@PathVariable long id, SaleCommand c, Model model, RedirectAttributes ra) {
        return save(() -> production.updateSale(id, c).id(), "/centre/sales/", saleForm(c, id), model, ra);
    }

    private Form saleForm(SaleCommand c, Long id) {
        return new Form("Tiêu thụ sản phẩm", id == null ? "/centre/sales" : "/centre/sales/" + id, "/centre/sales", List.of(
                Field.select("productId", "Sản phẩm", c.productId(), productOptions(), true),
                Field.of("number", "quantity", "Số lượng", c.quantity(), true),
                Field.of("date", "soldOn", "Ngày bán", c.soldOn(), true),
                Field.text("buyer", "Người mua, đại lý", c.buyer(), false)), c.version(), null, null, "centreSale", id, List.of());
    }

    // --- trainings

    @GetMapping("/trainings")
    String trainings(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-trainings");
        var r = activities.trainings(q, year, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((Training t) -> new Row("/centre/trainings/" + t.id(), List.of(t.title(), t.commune(),
                t.district(), Formats.date(t.heldOn()), t.participants() == null ? "" : String.valueOf(t.participants())))).toList();
        return show(model, new Table("Lớp tập huấn, hướng dẫn kỹ thuật", null, "/centre/trainings/new", "Thêm lớp",
                List.of("Tên lớp", "Xã", "Huyện", "Ngày", "Số người"), rows, r, SimplePages.base("/centre/trainings", qy(q, year)), qyFilters(q, year), TABS));
    }

    @GetMapping("/trainings/new")
    String newTraining(Model model) {
        return show(model, trainingForm(new TrainingCommand(null, null, null, null, null, null), null));
    }

    @GetMapping("/trainings/{id}")
    String training(@PathVariable long id, Model model) {
        Training t = activities.training(id);
        return show(model, trainingForm(new TrainingCommand(t.title(), t.commune(), t.district(), t.heldOn(), t.participants(), t.version()), id));
    }

    @PostMapping("/trainings")
    String createTraining(TrainingCommand c, Model model, RedirectAttributes ra) {
        return save(() -> activities.createTraining(c).id(), "/centre/trainings/", trainingForm(c, null), model, ra);
    }

    @PostMapping("/trainings/{id}")
    String updateTraining(@PathVariable long id, TrainingCommand c, Model model, RedirectAttributes ra) {
        return save(() -> activities.updateTraining(id, c).id(), "/centre/trainings/", trainingForm(c, id), model, ra);
    }

    private Form trainingForm(TrainingCommand c, Long id) {
        return new Form("Lớp tập huấn", id == null ? "/centre/trainings" : "/centre/trainings/" + id, "/centre/trainings", List.of(
                Field.of("textarea", "title", "Tên lớp", c.title(), true), Field.text("commune", "Xã", c.commune(), true),
                Field.text("district", "Huyện", c.district(), true), Field.of("date", "heldOn", "Ngày tổ chức", c.heldOn(), true),
                Field.of("number", "participants", "Số người tham dự", c.participants(), false)), c.version(), null, null, "centreTraining", id, List.of());
    }

    // --- gene sources

    @GetMapping("/gene-sources")
    String geneSources(@RequestParam(required = false) String q, @RequestParam(required = false) LocalDate on,
                       @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-gene-sources");
        var r = activities.geneSources(q, on, Math.max(page, 0), 50);
        List<Row> rows = r.items().stream().map((GeneSource g) -> new Row("/centre/gene-sources/" + g.id(), List.of(g.crop(),
                Formats.date(g.keptSince()), g.keptUntil() == null ? "đang lưu giữ" : Formats.date(g.keptUntil())))).toList();
        Map<String, Object> f = new HashMap<>();
        f.put("q", q);
        f.put("on", on);
        return show(model, new Table("Nguồn gen cây trồng lưu giữ", null, "/centre/gene-sources/new", "Thêm nguồn gen",
                List.of("Nguồn gen", "Lưu giữ từ", "Đến"), rows, r, SimplePages.base("/centre/gene-sources", f),
                List.of(new Filter("q", "Tìm", q, List.of()), new Filter("on", "Đang lưu giữ vào ngày (yyyy-mm-dd)", on == null ? null : on.toString(), List.of())), TABS));
    }

    @GetMapping("/gene-sources/new")
    String newGeneSource(Model model) {
        return show(model, geneForm(new GeneSourceCommand(null, null, null, null), null));
    }

    @GetMapping("/gene-sources/{id}")
    String geneSource(@PathVariable long id, Model model) {
        GeneSource g = activities.geneSource(id);
        return show(model, geneForm(new GeneSourceCommand(g.crop(), g.keptSince(), g.keptUntil(), g.version()), id));
    }

    @PostMapping("/gene-sources")
    String createGeneSource(GeneSourceCommand c, Model model, RedirectAttributes ra) {
        return save(() -> activities.createGeneSource(c).id(), "/centre/gene-sources/", geneForm(c, null), model, ra);
    }

    @PostMapping("/gene-sources/{id}")
    String updateGeneSource(@PathVariable long id, GeneSourceCommand c, Model model, RedirectAttributes ra) {
        return save(() -> activities.updateGeneSource(id, c).id(), "/centre/gene-sources/", geneForm(c, id), model, ra);
    }

    private Form geneForm(GeneSourceCommand c, Long id) {
        return new Form("Nguồn gen cây trồng", id == null ? "/centre/gene-sources" : "/centre/gene-sources/" + id, "/centre/gene-sources", List.of(
                Field.text("crop", "Nguồn gen (cây trồng)", c.crop(), true), Field.of("date", "keptSince", "Lưu giữ từ ngày", c.keptSince(), true),
                Field.of("date", "keptUntil", "Thôi lưu giữ từ ngày (để trống nếu còn lưu giữ)", c.keptUntil(), false)),
                c.version(), null, null, "geneSource", id, List.of());
    }

    // --- model work

    @GetMapping("/model-works")
    String modelWorks(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-model-works");
        var r = activities.modelWorks(q, year, Math.max(page, 0), 25);
        List<Row> rows = r.items().stream().map((ModelWork w) -> new Row("/centre/model-works/" + w.id(), List.of(w.title(),
                w.place() == null ? "" : w.place(), Formats.date(w.datedOn())))).toList();
        return show(model, new Table("Mô hình, chuyển giao công nghệ", null, "/centre/model-works/new", "Thêm",
                List.of("Nội dung", "Địa điểm", "Ngày"), rows, r, SimplePages.base("/centre/model-works", qy(q, year)), qyFilters(q, year), TABS));
    }

    @GetMapping("/model-works/new")
    String newModelWork(Model model) {
        return show(model, modelForm(new ModelWorkCommand(null, null, null, null, null), null));
    }

    @GetMapping("/model-works/{id}")
    String modelWork(@PathVariable long id, Model model) {
        ModelWork w = activities.modelWork(id);
        return show(model, modelForm(new ModelWorkCommand(w.title(), w.place(), w.datedOn(), w.description(), w.version()), id));
    }

    @PostMapping("/model-works")
    String createModelWork(ModelWorkCommand c, Model model, RedirectAttributes ra) {
        return save(() -> activities.createModelWork(c).id(), "/centre/model-works/", modelForm(c, null), model, ra);
    }

    @PostMapping("/model-works/{id}")
    String updateModelWork(@PathVariable long id, ModelWorkCommand c, Model model, RedirectAttributes ra) {
        return save(() -> activities.updateModelWork(id, c).id(), "/centre/model-works/", modelForm(c, id), model, ra);
    }

    private Form modelForm(ModelWorkCommand c, Long id) {
        return new Form("Mô hình, chuyển giao công nghệ", id == null ? "/centre/model-works" : "/centre/model-works/" + id, "/centre/model-works", List.of(
                Field.of("textarea", "title", "Nội dung", c.title(), true), Field.text("place", "Địa điểm", c.place(), false),
                Field.of("date", "datedOn", "Ngày", c.datedOn(), true), Field.of("textarea", "description", "Mô tả", c.description(), false)),
                c.version(), null, null, "centreModelWork", id, List.of());
    }

    // --- helpers

    private List<Option> productOptions() {
        return production.products().stream().map(p -> new Option(String.valueOf(p.id()), p.name() + " (" + p.uom() + ")")).toList();
    }

    private List<Filter> productYear(Long productId, Integer year) {
        return List.of(new Filter("productId", "Sản phẩm", productId == null ? null : productId.toString(), productOptions()),
                new Filter("year", "Năm", year == null ? null : year.toString(), List.of()));
    }

    private static Map<String, Object> filters(Long productId, Integer year) {
        Map<String, Object> m = new HashMap<>();
        m.put("productId", productId);
        m.put("year", year);
        return m;
    }

    private static Map<String, Object> qy(String q, Integer year) {
        Map<String, Object> m = new HashMap<>();
        m.put("q", q);
        m.put("year", year);
        return m;
    }

    private static List<Filter> qyFilters(String q, Integer year) {
        return List.of(new Filter("q", "Tìm", q, List.of()), new Filter("year", "Năm", year == null ? null : year.toString(), List.of()));
    }
}
