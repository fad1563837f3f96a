package vn.gov.khcn.drafting.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftCommand;
import vn.gov.khcn.drafting.DraftQuery;
import vn.gov.khcn.drafting.DraftStageEntry;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.drafting.StageCommand;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/drafts")
@Tag(name = "Dự thảo văn bản", description = "Dự thảo Nghị quyết, VBQPPL trình Tỉnh ủy, HĐND, UBND tỉnh")
class DraftApi {
    private final Drafts drafts;

    DraftApi(Drafts drafts) {
        this.drafts = drafts;
    }

    record DraftView(Draft draft, List<DraftStageEntry> stages) {
    }

    @GetMapping
    PageResult<Draft> search(DraftQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return drafts.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/{id}")
    DraftView get(@PathVariable long id) {
        return new DraftView(drafts.get(id), drafts.stages(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Draft create(@RequestBody DraftCommand cmd) {
        return drafts.record(cmd);
    }

    @PutMapping("/{id}")
    Draft update(@PathVariable long id, @RequestBody DraftCommand cmd) {
        return drafts.correct(id, cmd);
    }

    @PostMapping("/{id}/stages")
    Draft advance(@PathVariable long id, @RequestBody StageCommand cmd) {
        return drafts.advance(id, cmd);
    }
}
