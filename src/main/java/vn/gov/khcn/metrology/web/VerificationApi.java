package vn.gov.khcn.metrology.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.gov.khcn.metrology.DueInstrument;
import vn.gov.khcn.metrology.InstrumentType;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.metrology.Verification;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationFilter;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/metrology")
@Tag(name = "Kiểm định phương tiện đo", description = "Sổ kiểm định, hiệu chuẩn phương tiện đo của Trung tâm Ứng dụng")
class VerificationApi {
    private final Metrology metrology;

    VerificationApi(Metrology metrology) {
        this.metrology = metrology;
    }

    @GetMapping("/types")
    @Operation(summary = "Danh mục loại phương tiện đo và chu kỳ kiểm định (tháng)")
    List<InstrumentType> types() {
        return metrology.types();
    }

    @GetMapping("/verifications")
    @Operation(summary = "Tìm bản ghi kiểm định (lọc theo loại, năm, kết quả, chủ sở hữu, số hiệu, khoảng ngày)")
    PageResult<Verification> search(@RequestParam(required = false) String type, @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) VerificationResult result, @RequestParam(required = false) Long owner,
                                    @RequestParam(required = false) String serial,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
        return metrology.search(new VerificationFilter(type, year, result, owner, serial, from, to), Math.max(page, 0),
                PageResult.clampSize(size));
    }

    @GetMapping("/verifications/{id}")
    Verification get(@PathVariable long id) {
        return metrology.get(id);
    }

    @PostMapping("/verifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Vào sổ một lần kiểm định; ngày kiểm định tiếp theo do hệ thống tính")
    Verification create(@RequestBody VerificationCommand cmd) {
        return metrology.record(cmd);
    }

    @PutMapping("/verifications/{id}")
    @Operation(summary = "Sửa bản ghi kiểm định; gửi kèm version đã đọc")
    Verification update(@PathVariable long id, @RequestBody VerificationCommand cmd) {
        return metrology.correct(id, cmd);
    }

    @GetMapping("/due")
    @Operation(summary = "Phương tiện đo đến hạn (trong 30 ngày) hoặc quá hạn kiểm định lại")
    List<DueInstrument> due(@RequestParam(defaultValue = "30") int days, @RequestParam(required = false) Integer limit) {
        return metrology.due(Math.max(0, Math.min(days, 365)), PageResult.clampSize(limit));
    }
}
