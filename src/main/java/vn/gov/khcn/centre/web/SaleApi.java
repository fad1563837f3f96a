package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.centre.Sale;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.SaleQuery;
import vn.gov.khcn.centre.Sales;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/centre/sales")
@Tag(name = "Trung tâm Ứng dụng")
class SaleApi extends RecordApi<Sale, Sale, SaleCommand, SaleQuery> {
    SaleApi(Sales sales) {
        super(sales::search, sales::get, sales::sell, sales::correct);
    }
}
