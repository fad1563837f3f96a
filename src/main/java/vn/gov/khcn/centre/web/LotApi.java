package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.gov.khcn.centre.LotCommand;
import vn.gov.khcn.centre.LotQuery;
import vn.gov.khcn.centre.ProductionLot;
import vn.gov.khcn.centre.ProductionLots;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/centre/lots")
@Tag(name = "Trung tâm Ứng dụng")
class LotApi {
    private final ProductionLots lots;

    LotApi(ProductionLots lots) {
        this.lots = lots;
    }

    @GetMapping
    PageResult<ProductionLot> search(LotQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return lots.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    ProductionLot get(@PathVariable long id) {
        return lots.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProductionLot create(@RequestBody LotCommand c) {
        return lots.produce(c);
    }

    @PutMapping("/{id}")
    ProductionLot update(@PathVariable long id, @RequestBody LotCommand c) {
        return lots.correct(id, c);
    }
}
