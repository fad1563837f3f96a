package vn.gov.khcn.programme.web;

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
import vn.gov.khcn.programme.ItemCommand;
import vn.gov.khcn.programme.ItemQuery;
import vn.gov.khcn.programme.ItemStatus;
import vn.gov.khcn.programme.ProgrammeCommand;
import vn.gov.khcn.programme.ProgrammeItem;
import vn.gov.khcn.programme.WorkProgramme;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/programme")
@Tag(name = "Chương trình công tác", description = "Nhiệm vụ được giao theo Chương trình công tác của UBND tỉnh")
class ProgrammeApi {
    private final WorkProgrammes programmes;

    ProgrammeApi(WorkProgrammes programmes) {
        this.programmes = programmes;
    }

    /** An item with its status as of today (OVERDUE when past its deadline and not done). */
    record ItemView(ProgrammeItem item, ItemStatus currentStatus, boolean overdue) {
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

    @GetMapping("/items")
    PageResult<ItemView> items(ItemQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        var r = programmes.items(query, Math.max(page, 0), PageResult.clampSize(size));
        return new PageResult<>(r.items().stream().map(this::view).toList(), r.page(), r.size(), r.total());
    }

    @GetMapping("/items/{id}")
    ItemView item(@PathVariable long id) {
        return view(programmes.item(id));
    }

    @PostMapping("/items")
    @ResponseStatus(HttpStatus.CREATED)
    ItemView createItem(@RequestBody ItemCommand cmd) {
        return view(programmes.recordItem(cmd));
    }

    @PutMapping("/items/{id}")
    ItemView updateItem(@PathVariable long id, @RequestBody ItemCommand cmd) {
        return view(programmes.correctItem(id, cmd));
    }

    private ItemView view(ProgrammeItem i) {
        var today = programmes.today();
        return new ItemView(i, i.statusOn(today), i.overdueOn(today));
    }
}
