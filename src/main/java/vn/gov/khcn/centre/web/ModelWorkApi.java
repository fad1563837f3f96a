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
import vn.gov.khcn.centre.ModelWork;
import vn.gov.khcn.centre.ModelWorkCommand;
import vn.gov.khcn.centre.ModelWorkQuery;
import vn.gov.khcn.centre.ModelWorks;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/centre/model-works")
@Tag(name = "Trung tâm Ứng dụng")
class ModelWorkApi {
    private final ModelWorks works;

    ModelWorkApi(ModelWorks works) {
        this.works = works;
    }

    @GetMapping
    PageResult<ModelWork> search(ModelWorkQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return works.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    ModelWork get(@PathVariable long id) {
        return works.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ModelWork create(@RequestBody ModelWorkCommand c) {
        return works.record(c);
    }

    @PutMapping("/{id}")
    ModelWork update(@PathVariable long id, @RequestBody ModelWorkCommand c) {
        return works.correct(id, c);
    }
}
