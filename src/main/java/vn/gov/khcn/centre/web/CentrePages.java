package vn.gov.khcn.centre.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gov.khcn.centre.Products;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Option;

/** The application centre's pages: its products page first, and what the register pages share (tabs, filters). */
@Controller
class CentrePages {
    static final List<Link> TABS = List.of(new Link("/centre/products", "Sản phẩm, tồn kho"), new Link("/centre/lots", "Lô sản xuất"),
            new Link("/centre/sales", "Tiêu thụ"), new Link("/centre/trainings", "Lớp tập huấn"),
            new Link("/centre/gene-sources", "Nguồn gen"), new Link("/centre/model-works", "Mô hình, chuyển giao"));

    @GetMapping("/centre")
    String home() {
        return "redirect:/centre/products";
    }

    /** The products to choose from, named with their unit. */
    static List<Option> productOptions(Products products) {
        return products.all().stream().map(p -> new Option(String.valueOf(p.id()), p.name() + " (" + p.uom() + ")")).toList();
    }

    /** The filters of a list by product and year. */
    static List<Filter> productAndYear(Products products, Long productId, Integer year) {
        return List.of(new Filter("productId", "Sản phẩm", productId == null ? null : productId.toString(), productOptions(products)),
                Filter.year(year));
    }

    /** The filters of a list by text and year. */
    static List<Filter> textAndYear(String q, Integer year) {
        return List.of(new Filter("q", "Tìm", q, List.of()), Filter.year(year));
    }
}
