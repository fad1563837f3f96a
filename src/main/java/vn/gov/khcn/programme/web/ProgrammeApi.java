package vn.gov.khcn.programme.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.programme.ItemCommand;
import vn.gov.khcn.programme.ItemQuery;
import vn.gov.khcn.programme.ItemStatus;
import vn.gov.khcn.programme.ProgrammeCommand;
import vn.gov.khcn.programme.ProgrammeItem;
import vn.gov.khcn.programme.WorkProgramme;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.web.RecordApi;
import vn.gov.khcn.shared.web.RecordOperations;

/** The work programmes, listed whole and added to; their items are a register of their own under /api/programme/items. */
@RestController
@RequestMapping("/api/programme")
@Tag(name = ProgrammeApi.TAG, description = ProgrammeApi.ABOUT)
class ProgrammeApi {
    static final String TAG = "Chương trình công tác";
    static final String ABOUT = "Nhiệm vụ được giao theo Chương trình công tác của UBND tỉnh";
    private final WorkProgrammes programmes;

    ProgrammeApi(WorkProgrammes programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    List<WorkProgramme> programmes() {
        return programmes.programmes();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WorkProgramme create(@RequestBody ProgrammeCommand cmd) {
        return programmes.recordProgramme(cmd);
    }

    /** An item with its status as of today (OVERDUE when past its deadline and not done). */
    record ItemView(ProgrammeItem item, ItemStatus currentStatus, boolean overdue) {
    }

    /** The items, each answered with its status as of today. */
    @RestController
    @RequestMapping("/api/programme/items")
    @Tag(name = TAG, description = ABOUT)
    @RecordOperations(search = "items", get = "item", create = "createItem", update = "updateItem")
    static class ItemApi extends RecordApi<ItemView, ItemView, ItemCommand, ItemQuery> {
        ItemApi(WorkProgrammes programmes) {
            super((query, page, size) -> views(programmes, programmes.items(query, page, size)), id -> view(programmes, programmes.item(id)),
                    c -> view(programmes, programmes.recordItem(c)), (id, c) -> view(programmes, programmes.correctItem(id, c)));
        }

        private static PageResult<ItemView> views(WorkProgrammes programmes, PageResult<ProgrammeItem> r) {
            return new PageResult<>(r.items().stream().map(i -> view(programmes, i)).toList(), r.page(), r.size(), r.total());
        }

        private static ItemView view(WorkProgrammes programmes, ProgrammeItem i) {
            var today = programmes.today();
            return new ItemView(i, i.statusOn(today), i.overdueOn(today));
        }
    }
}
