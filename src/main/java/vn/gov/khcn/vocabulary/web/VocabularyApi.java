package vn.gov.khcn.vocabulary.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.shared.web.RecordApi;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyCommand;
import vn.gov.khcn.vocabulary.VocabularyEntry;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyQuery;

/** The vocabularies as a register (searched, read, added to, changed), with a list's current entries and deletion. */
@RestController
@RequestMapping("/api/vocabularies")
@Tag(name = "Danh mục", description = "Các danh mục dùng chung: cấp nhiệm vụ, xếp loại nghiệm thu, loại phương tiện đo…")
class VocabularyApi extends RecordApi<VocabularyEntry, VocabularyEntry, VocabularyCommand, VocabularyQuery> {
    private final Vocabularies vocabularies;

    VocabularyApi(Vocabularies vocabularies) {
        super(vocabularies::search, vocabularies::get, vocabularies::add, vocabularies::change);
        this.vocabularies = vocabularies;
    }

    /** A list's current entries in order: what a picker offers. */
    @GetMapping("/lists/{list}")
    List<VocabularyEntry> current(@PathVariable VocabularyList list) {
        return vocabularies.current(list);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        vocabularies.delete(id, version);
    }
}
