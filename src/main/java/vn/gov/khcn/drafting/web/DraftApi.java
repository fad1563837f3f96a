package vn.gov.khcn.drafting.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftCommand;
import vn.gov.khcn.drafting.DraftQuery;
import vn.gov.khcn.drafting.DraftStageEntry;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.drafting.StageCommand;
import vn.gov.khcn.shared.web.RecordApi;

@RestController
@RequestMapping("/api/drafts")
@Tag(name = "Dự thảo văn bản", description = "Dự thảo Nghị quyết, VBQPPL trình Tỉnh ủy, HĐND, UBND tỉnh")
class DraftApi extends RecordApi<Draft, DraftApi.DraftView, DraftCommand, DraftQuery> {
    private final Drafts drafts;

    DraftApi(Drafts drafts) {
        super(drafts::search, id -> new DraftView(drafts.get(id), drafts.stages(id)), drafts::record, drafts::correct);
        this.drafts = drafts;
    }

    record DraftView(Draft draft, List<DraftStageEntry> stages) {
    }

    @PostMapping("/{id}/stages")
    Draft advance(@PathVariable long id, @RequestBody StageCommand cmd) {
        return drafts.advance(id, cmd);
    }
}
