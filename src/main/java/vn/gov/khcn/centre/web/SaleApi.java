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
import vn.gov.khcn.centre.Sale;
import vn.gov.khcn.centre.SaleCommand;
import vn.gov.khcn.centre.SaleQuery;
import vn.gov.khcn.centre.Sales;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/centre/sales")
@Tag(name = "Trung tâm Ứng dụng")
class SaleApi {
    private final Sales sales;

    SaleApi(Sales sales) {
        this.sales = sales;
    }

    @GetMapping
    PageResult<Sale> search(SaleQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return sales.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    Sale get(@PathVariable long id) {
        return sales.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Sale create(@RequestBody SaleCommand c) {
        return sales.sell(c);
    }

    @PutMapping("/{id}")
    Sale update(@PathVariable long id, @RequestBody SaleCommand c) {
        return sales.correct(id, c);
    }
}
