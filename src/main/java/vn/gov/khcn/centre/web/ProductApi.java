package vn.gov.khcn.centre.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.centre.Product;
import vn.gov.khcn.centre.ProductCommand;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.centre.Stock;
import vn.gov.khcn.centre.StockQuery;

@RestController
@RequestMapping("/api/centre")
@Tag(name = "Trung tâm Ứng dụng", description = "Sản xuất, tiêu thụ, tồn kho, tập huấn, nguồn gen, mô hình")
class ProductApi {
    private final Products products;

    ProductApi(Products products) {
        this.products = products;
    }

    @GetMapping("/products")
    List<Product> products() {
        return products.all();
    }

    @GetMapping("/products/{id}")
    Product product(@PathVariable long id) {
        return products.get(id);
    }

    @PostMapping("/products")
    @ResponseStatus(HttpStatus.CREATED)
    Product create(@RequestBody ProductCommand c) {
        return products.record(c);
    }

    @PutMapping("/products/{id}")
    Product update(@PathVariable long id, @RequestBody ProductCommand c) {
        return products.correct(id, c);
    }

    @GetMapping("/stock")
    @Operation(summary = "Tồn kho từng sản phẩm đến hết ngày (mặc định hôm nay) = sản xuất − tiêu thụ")
    List<Stock> stock(StockQuery query) {
        return products.stocks(query);
    }
}
