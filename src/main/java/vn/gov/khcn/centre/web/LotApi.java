package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.LotQuery;
import vn.gov.khcn.centre.ProductionLot;
import vn.gov.khcn.centre.ProductionLots;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/centre/lots")
@Tag(name = "Trung tâm Ứng dụng")
class LotApi extends RecordApi<ProductionLot, ProductionLot, LotCommand, LotQuery> {
    LotApi(ProductionLots lots) {
        super(lots::search, lots::get, lots::produce, lots::correct);
    }
}
