package vn.gov.khcn.metrology.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
import vn.gov.khcn.shared.web.RecordApi;
import vn.gov.khcn.shared.web.RecordOperations;

/** The register of verifications under /api/metrology/verifications; the instrument types and what is due are the area's own. */
@RestController
@RequestMapping("/api/metrology/verifications")
@Tag(name = VerificationApi.TAG, description = VerificationApi.ABOUT)
@RecordOperations(create = "record", update = "correct",
        searchSummary = "Tìm bản ghi kiểm định (lọc theo loại, năm, kết quả, chủ sở hữu, số hiệu, khoảng ngày)",
        createSummary = "Vào sổ một lần kiểm định; ngày kiểm định tiếp theo do hệ thống tính",
        updateSummary = "Sửa bản ghi kiểm định; gửi kèm version đã đọc (hoặc If-Match)")
class VerificationApi extends RecordApi<Verification, Verification, VerificationCommand, VerificationQuery> {
    static final String TAG = "Kiểm định phương tiện đo";
    static final String ABOUT = "Sổ kiểm định, hiệu chuẩn phương tiện đo của Trung tâm Ứng dụng";

    VerificationApi(Verifications verifications) {
        super(verifications::search, verifications::get, verifications::record, verifications::correct);
    }

    @RestController
    @RequestMapping("/api/metrology")
    @Tag(name = TAG, description = ABOUT)
    static class MetrologyApi {
        private final InstrumentTypes types;
        private final Metrology metrology;

        MetrologyApi(InstrumentTypes types, Metrology metrology) {
            this.types = types;
            this.metrology = metrology;
        }

        @GetMapping("/types")
        @Operation(summary = "Danh mục loại phương tiện đo và chu kỳ kiểm định (tháng)")
        List<InstrumentType> types() {
            return types.all();
        }

        @GetMapping("/due")
        @Operation(summary = "Phương tiện đo đến hạn (trong 30 ngày) hoặc quá hạn kiểm định lại")
        List<DueInstrument> due(@RequestParam(defaultValue = "30") int days, @RequestParam(required = false) Integer limit) {
            return metrology.due(Math.max(0, Math.min(days, 365)), PageResult.clampSize(limit));
        }
    }
}
