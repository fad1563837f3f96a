package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
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
import vn.gov.khcn.centre.Stock;
import vn.gov.khcn.centre.Training;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/centre")
@Tag(name = "Trung tâm Ứng dụng", description = "Sản xuất, tiêu thụ, tồn kho, tập huấn, nguồn gen, mô hình")
class CentreApi {
    private final CentreProduction production;
    private final CentreActivities activities;

    CentreApi(CentreProduction production, CentreActivities activities) {
        this.production = production;
        this.activities = activities;
    }

    @GetMapping("/products")
    List<Product> products() {
        return production.products();
    }

    @GetMapping("/products/{id}")
    Product product(@PathVariable long id) {
        return production.product(id);
    }

    @PostMapping("/products")
    @ResponseStatus(HttpStatus.CREATED)
    Product createProduct(@RequestBody ProductCommand c) {
        return production.createProduct(c);
    }

    @PutMapping("/products/{id}")
    Product updateProduct(@PathVariable long id, @RequestBody ProductCommand c) {
        return production.updateProduct(id, c);
    }

    @GetMapping("/stock")
    @Operation(summary = "Tồn kho từng sản phẩm đến hết ngày (mặc định hôm nay) = sản xuất − tiêu thụ")
    List<Stock> stock(@RequestParam(required = false) LocalDate on) {
        return production.stocks(on == null ? LocalDate.now() : on);
    }

    @GetMapping("/lots")
    PageResult<ProductionLot> lots(@RequestParam(required = false) Long productId, @RequestParam(required = false) Integer year,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return production.lots(productId, year, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/lots/{id}")
    ProductionLot lot(@PathVariable long id) {
        return production.lot(id);
    }

    @PostMapping("/lots")
    @ResponseStatus(HttpStatus.CREATED)
    ProductionLot createLot(@RequestBody LotCommand c) {
        return production.createLot(c);
    }

    @PutMapping("/lots/{id}")
    ProductionLot updateLot(@PathVariable long id, @RequestBody LotCommand c) {
        return production.updateLot(id, c);
    }

    @GetMapping("/sales")
    PageResult<Sale> sales(@RequestParam(required = false) Long productId, @RequestParam(required = false) Integer year,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return production.sales(productId, year, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/sales/{id}")
    Sale sale(@PathVariable long id) {
        return production.sale(id);
    }

    @PostMapping("/sales")
    @ResponseStatus(HttpStatus.CREATED)
    Sale createSale(@RequestBody SaleCommand c) {
        return production.createSale(c);
    }

    @PutMapping("/sales/{id}")
    Sale updateSale(@PathVariable long id, @RequestBody SaleCommand c) {
        return production.updateSale(id, c);
    }

    @GetMapping("/trainings")
    PageResult<Training> trainings(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return activities.trainings(q, year, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/trainings/{id}")
    Training training(@PathVariable long id) {
        return activities.training(id);
    }

    @PostMapping("/trainings")
    @ResponseStatus(HttpStatus.CREATED)
    Training createTraining(@RequestBody TrainingCommand c) {
        return activities.createTraining(c);
    }

    @PutMapping("/trainings/{id}")
    Training updateTraining(@PathVariable long id, @RequestBody TrainingCommand c) {
        return activities.updateTraining(id, c);
    }

    @GetMapping("/gene-sources")
    PageResult<GeneSource> geneSources(@RequestParam(required = false) String q, @RequestParam(required = false) LocalDate on,
                                       @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return activities.geneSources(q, on, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/gene-sources/{id}")
    GeneSource geneSource(@PathVariable long id) {
        return activities.geneSource(id);
    }

    @PostMapping("/gene-sources")
    @ResponseStatus(HttpStatus.CREATED)
    GeneSource createGeneSource(@RequestBody GeneSourceCommand c) {
        return activities.createGeneSource(c);
    }

    @PutMapping("/gene-sources/{id}")
    GeneSource updateGeneSource(@PathVariable long id, @RequestBody GeneSourceCommand c) {
        return activities.updateGeneSource(id, c);
    }

    @GetMapping("/model-works")
    PageResult<ModelWork> modelWorks(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return activities.modelWorks(q, year, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/model-works/{id}")
    ModelWork modelWork(@PathVariable long id) {
        return activities.modelWork(id);
    }

    @PostMapping("/model-works")
    @ResponseStatus(HttpStatus.CREATED)
    ModelWork createModelWork(@RequestBody ModelWorkCommand c) {
        return activities.createModelWork(c);
    }

    @PutMapping("/model-works/{id}")
    ModelWork updateModelWork(@PathVariable long id, @RequestBody ModelWorkCommand c) {
        return activities.updateModelWork(id, c);
    }
}
