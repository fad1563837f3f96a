package vn.gov.khcn.reporting.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.SettingsCommand;

/** The department's settings: read by anyone signed in (ETag: the version), changed whole by the office or an administrator. */
@RestController
@RequestMapping("/api/settings")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Thiết lập của Sở", description = "Tên cơ quan, ký hiệu, nơi ban hành, người ký, nơi nhận, ngày chốt số liệu")
class SettingsApi {
    private final ReportSettings settings;

    SettingsApi(ReportSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    DepartmentSettings get() {
        return settings.get();
    }

    /** Every setting with the version read (or If-Match); 428 without one, 409 when changed meanwhile. */
    @PutMapping
    DepartmentSettings put(@RequestBody SettingsCommand c) {
        return settings.update(c);
    }
}
