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
import vn.gov.khcn.centre.GeneSource;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.GeneSourceQuery;
import vn.gov.khcn.centre.GeneSources;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/centre/gene-sources")
@Tag(name = "Trung tâm Ứng dụng")
class GeneSourceApi {
    private final GeneSources sources;

    GeneSourceApi(GeneSources sources) {
        this.sources = sources;
    }

    @GetMapping
    PageResult<GeneSource> search(GeneSourceQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return sources.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    GeneSource get(@PathVariable long id) {
        return sources.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    GeneSource create(@RequestBody GeneSourceCommand c) {
        return sources.keep(c);
    }

    @PutMapping("/{id}")
    GeneSource update(@PathVariable long id, @RequestBody GeneSourceCommand c) {
        return sources.correct(id, c);
    }
}
