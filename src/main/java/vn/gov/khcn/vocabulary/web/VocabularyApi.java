package vn.gov.khcn.vocabulary.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyCommand;
import vn.gov.khcn.vocabulary.VocabularyEntry;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyQuery;

@RestController
@RequestMapping("/api/vocabularies")
@Tag(name = "Danh mục", description = "Các danh mục dùng chung: cấp nhiệm vụ, xếp loại nghiệm thu, loại phương tiện đo…")
class VocabularyApi {
    private final Vocabularies vocabularies;

    VocabularyApi(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GetMapping
    PageResult<VocabularyEntry> search(VocabularyQuery query, @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(required = false) Integer size) {
        return vocabularies.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    /** A list's current entries in order: what a picker offers. */
    @GetMapping("/lists/{list}")
    List<VocabularyEntry> current(@PathVariable VocabularyList list) {
        return vocabularies.current(list);
    }

    @GetMapping("/{id}")
    VocabularyEntry get(@PathVariable long id) {
        return vocabularies.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VocabularyEntry create(@RequestBody VocabularyCommand c) {
        return vocabularies.add(c);
    }

    @PutMapping("/{id}")
    VocabularyEntry update(@PathVariable long id, @RequestBody VocabularyCommand c) {
        return vocabularies.change(id, c);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        vocabularies.delete(id, version);
    }
}
