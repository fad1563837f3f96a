package vn.gov.khcn.reporting.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportPeriod;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;

/** Creates a draft report, as the report list's form does; refused (409, naming what is missing) until the department is set up. */
@RestController
@RequestMapping("/api/reports")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Báo cáo")
class ReportDraftsApi {
    private final Reports reports;

    ReportDraftsApi(Reports reports) {
        this.reports = reports;
    }

    record NewReport(String kind, String period, String date) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Report create(@RequestBody NewReport c) {
        ReportKind k = ReportKind.ofCode(Check.text("kind", "loại báo cáo", c.kind(), 20))
                .orElseThrow(() -> new DomainException("kind", "Loại báo cáo \"" + c.kind() + "\" không có: dùng month, quarter, half-year, nine-months hoặc year."));
        return reports.create(k, ReportPeriod.parseMonth(Check.text("period", "kỳ báo cáo (YYYY-MM)", c.period(), 7)),
                Formats.parseDate("date", c.date()));
    }
}
