package vn.gov.khcn.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.web.RecordEndpoints;
import vn.gov.khcn.shared.web.RecordOperations;
import vn.gov.khcn.tasks.BudgetAmendment;
import vn.gov.khcn.tasks.BudgetCommand;
import vn.gov.khcn.tasks.CorrectionCommand;
import vn.gov.khcn.tasks.Council;
import vn.gov.khcn.tasks.CouncilCommand;
import vn.gov.khcn.tasks.EventCommand;
import vn.gov.khcn.tasks.Rating;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskDetails;
import vn.gov.khcn.tasks.TaskEvent;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskQuery;
import vn.gov.khcn.tasks.TaskSummary;
import vn.gov.khcn.tasks.Tasks;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Nhiệm vụ KH&CN", description = "Nhiệm vụ khoa học và công nghệ: sự kiện, hội đồng, kinh phí")
@RecordOperations(
        getSummary = "Xem nhiệm vụ với các sự kiện, hội đồng và lịch sử kinh phí",
        createSummary = "Thêm nhiệm vụ",
        updateSummary = "Sửa thông tin nhiệm vụ; gửi kèm version đã đọc (trong thân hoặc If-Match) để tránh ghi đè thay đổi của người khác")
class TaskApi extends RecordEndpoints<TaskFacts, TaskDetails, TaskCommand> {
    private final Tasks tasks;

    TaskApi(Tasks tasks) {
        super(tasks::get, tasks::record, tasks::correct);
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "Tìm nhiệm vụ (tên, chủ nhiệm, tổ chức chủ trì; không phân biệt dấu) theo cấp, trạng thái, năm bắt đầu, tổ chức chủ trì")
    PageResult<TaskSummary> search(TaskQuery query, @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return tasks.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @PostMapping("/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi nhận một sự kiện (đúng trình tự: danh mục, phê duyệt, hợp đồng, nghiệm thu…)")
    TaskEvent recordEvent(@PathVariable long id, @RequestBody EventCommand cmd) {
        return tasks.recordEvent(id, cmd);
    }

    @PostMapping("/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hủy một sự kiện ghi nhầm bằng một sự kiện hủy (có lý do); không sửa, không xóa")
    TaskEvent voidEvent(@PathVariable long id, @RequestBody CorrectionCommand cmd) {
        return tasks.voidEvent(id, cmd);
    }

    @PostMapping("/{id}/councils")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi nhận hội đồng tuyển chọn hoặc nghiệm thu với các thành viên")
    Council formCouncil(@PathVariable long id, @RequestBody CouncilCommand cmd) {
        return tasks.formCouncil(id, cmd);
    }

    @PostMapping("/{id}/budget-amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi nhận kinh phí được phê duyệt hoặc điều chỉnh (đồng)")
    BudgetAmendment amendBudget(@PathVariable long id, @RequestBody BudgetCommand cmd) {
        return tasks.amendBudget(id, cmd);
    }

    @GetMapping("/ratings")
    @Operation(summary = "Danh mục xếp loại nghiệm thu")
    List<Rating> ratings() {
        return tasks.ratings();
    }
}
