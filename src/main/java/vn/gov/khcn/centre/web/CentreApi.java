package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.centre.GeneSource;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.GeneSourceQuery;
import vn.gov.khcn.centre.GeneSources;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.LotQuery;
import vn.gov.khcn.centre.ModelWork;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.centre.ModelWorkQuery;
import vn.gov.khcn.centre.ModelWorks;
import vn.gov.khcn.centre.Product;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.centre.ProductionLot;
import vn.gov.khcn.centre.ProductionLots;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.Sale;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.SaleQuery;
import vn.gov.khcn.centre.Sales;
import vn.gov.khcn.centre.Stock;
import vn.gov.khcn.centre.StockQuery;
import vn.gov.khcn.centre.Training;
import vn.gov.khcn.centre.TrainingCommand;
import vn.gov.khcn.centre.TrainingQuery;
import vn.gov.khcn.centre.Trainings;
import vn.gov.khcn.shared.web.RecordApi;
import vn.gov.khcn.shared.web.RecordEndpoints;
import vn.gov.khcn.shared.web.RecordOperations;

/**
 * The centre's registers over HTTP under /api/centre, one {@link RecordApi} each (each list searched by its query, a
 * record read by id with its version as ETag, added, and corrected with the version it was read at); the products are
 * listed whole, and the stock of each is the area's own.
 */
final class CentreApi {
    static final String TAG = "Trung tâm Ứng dụng";

    private CentreApi() {
    }

    @RestController
    @RequestMapping("/api/centre/products")
    @Tag(name = TAG, description = "Sản xuất, tiêu thụ, tồn kho, tập huấn, nguồn gen, mô hình")
    @RecordOperations(get = "product")
    static class ProductApi extends RecordEndpoints<Product, Product, ProductCommand> {
        private final Products products;

        ProductApi(Products products) {
            super(products::get, products::record, products::correct);
            this.products = products;
        }

        @GetMapping
        List<Product> products() {
            return products.all();
        }
    }

    @RestController
    @RequestMapping("/api/centre/stock")
    @Tag(name = TAG)
    static class StockApi {
        private final Products products;

        StockApi(Products products) {
            this.products = products;
        }

        @GetMapping
        @Operation(summary = "Tồn kho từng sản phẩm đến hết ngày (mặc định hôm nay) = sản xuất − tiêu thụ")
        List<Stock> stock(StockQuery query) {
            return products.stocks(query);
        }
    }

    @RestController
    @RequestMapping("/api/centre/lots")
    @Tag(name = TAG)
    static class LotApi extends RecordApi<ProductionLot, ProductionLot, LotCommand, LotQuery> {
        LotApi(ProductionLots lots) {
            super(lots::search, lots::get, lots::produce, lots::correct);
        }
    }

    @RestController
    @RequestMapping("/api/centre/sales")
    @Tag(name = TAG)
    static class SaleApi extends RecordApi<Sale, Sale, SaleCommand, SaleQuery> {
        SaleApi(Sales sales) {
            super(sales::search, sales::get, sales::sell, sales::correct);
        }
    }

    @RestController
    @RequestMapping("/api/centre/trainings")
    @Tag(name = TAG)
    static class TrainingApi extends RecordApi<Training, Training, TrainingCommand, TrainingQuery> {
        TrainingApi(Trainings trainings) {
            super(trainings::search, trainings::get, trainings::hold, trainings::correct);
        }
    }

    @RestController
    @RequestMapping("/api/centre/gene-sources")
    @Tag(name = TAG)
    static class GeneSourceApi extends RecordApi<GeneSource, GeneSource, GeneSourceCommand, GeneSourceQuery> {
        GeneSourceApi(GeneSources sources) {
            super(sources::search, sources::get, sources::keep, sources::correct);
        }
    }

    @RestController
    @RequestMapping("/api/centre/model-works")
    @Tag(name = TAG)
    static class ModelWorkApi extends RecordApi<ModelWork, ModelWork, ModelWorkCommand, ModelWorkQuery> {
        ModelWorkApi(ModelWorks works) {
            super(works::search, works::get, works::record, works::correct);
        }
    }
}
