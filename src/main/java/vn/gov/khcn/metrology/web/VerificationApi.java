package vn.gov.khcn.metrology.web;

import io.swagger.v3.oas.annotations.Operation;
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
import vn.gov.khcn.metrology.DueInstrument;
import vn.gov.khcn.metrology.InstrumentType;
import vn.gov.khcn.metrology.InstrumentTypes;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.metrology.Verification;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationQuery;
import vn.gov.khcn.metrology.Verifications;
import vn.gov.khcn.shared.PageResult;

@RestController
@RequestMapping("/api/metrology")
@Tag(name = "Kiểm định phương tiện đo", description = "Sổ kiểm định, hiệu chuẩn phương tiện đo của Trung tâm Ứng dụng")
class VerificationApi {
    private final Verifications verifications;
    private final InstrumentTypes types;
    private final Metrology metrology;

    VerificationApi(Verifications verifications, InstrumentTypes types, Metrology metrology) {
        this.verifications = verifications;
        this.types = types;
        this.metrology = metrology;
    }

    @GetMapping("/types")
    @Operation(summary = "Danh mục loại phương tiện đo và chu kỳ kiểm định (tháng)")
    List<InstrumentType> types() {
        return types.all();
    }

    @GetMapping("/verifications")
    @Operation(summary = "Tìm bản ghi kiểm định (lọc theo loại, năm, kết quả, chủ sở hữu, số hiệu, khoảng ngày)")
    PageResult<Verification> search(VerificationQuery query, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(required = false) Integer size) {
        return verifications.search(query, Math.max(page, 0), PageResult.clampSize(size));
    }

    @GetMapping("/verifications/{id}")
    Verification get(@PathVariable long id) {
        return verifications.get(id);
    }

    @PostMapping("/verifications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Vào sổ một lần kiểm định; ngày kiểm định tiếp theo do hệ thống tính")
    Verification record(@RequestBody VerificationCommand c) {
        return verifications.record(c);
    }

    @PutMapping("/verifications/{id}")
    @Operation(summary = "Sửa bản ghi kiểm định; gửi kèm version đã đọc (hoặc If-Match)")
    Verification correct(@PathVariable long id, @RequestBody VerificationCommand c) {
        return verifications.correct(id, c);
    }

    @GetMapping("/due")
    @Operation(summary = "Phương tiện đo đến hạn (trong 30 ngày) hoặc quá hạn kiểm định lại")
    List<DueInstrument> due(@RequestParam(defaultValue = "30") int days, @RequestParam(required = false) Integer limit) {
        return metrology.due(Math.max(0, Math.min(days, 365)), PageResult.clampSize(limit));
    }
}
