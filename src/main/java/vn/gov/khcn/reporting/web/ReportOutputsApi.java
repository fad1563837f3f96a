package vn.gov.khcn.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.IssuedPdfSigning;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;

/**
 * Reading reports over the API: the list, a report as a file in each format, and its figures with the records behind
 * each (frozen when the report is issued, else computed now by the same queries as the report).
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo")
class ReportOutputsApi {
    private final Reports reports;
    private final ReportEngine engine;
    private final ObjectProvider<IssuedPdfSigning> signing;

    ReportOutputsApi(Reports reports, ReportEngine engine, ObjectProvider<IssuedPdfSigning> signing) {
        this.reports = reports;
        this.engine = engine;
        this.signing = signing;
    }

    /** One figure of a report over one of its periods ({@code month}, and {@code ytd} for the cumulative kinds). */
    record Figure(String period, LocalDate start, LocalDate end, String code, String label, Long value,
                  SortedMap<String, SortedMap<String, Long>> by, List<String> names, int recordCount) {
    }

    /** A figure with the records it counts. */
    record FigureRecords(Figure figure, List<RecordRef> records) {
    }

    @GetMapping
    @Operation(summary = "Danh sách báo cáo", description = "Lọc theo năm của kỳ, loại (month, quarter, half-year, nine-months, year) và trạng thái.")
    List<Report> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
                      @RequestParam(required = false) ReportStatus status) {
        ReportKind k = kind == null || kind.isBlank() ? null : ReportKind.ofCode(kind).orElseThrow(() -> new DomainException("kind",
                "Loại báo cáo \"" + kind + "\" không có: dùng month, quarter, half-year, nine-months hoặc year."));
        return reports.search(year, k, status);
    }

    @GetMapping("/{id}/document.{format}")
    @Operation(summary = "Báo cáo dạng tệp", description = "docx, pdf (báo cáo đã ban hành: bản có chữ ký số), html hoặc json (các số liệu và kiểm tra).")
    ResponseEntity<byte[]> document(@PathVariable long id, @Parameter(description = "docx, pdf, html hoặc json") @PathVariable String format) {
        return ReportFiles.file(engine, signing.getIfAvailable(), reports.get(id), format);
    }

    @GetMapping("/{id}/figures")
    @Operation(summary = "Các số liệu của báo cáo", description = "Mỗi chỉ tiêu của mỗi kỳ: giá trị, các phần chia và số hồ sơ được đếm.")
    List<Figure> figures(@PathVariable long id) {
        FigureSet f = engine.figures(reports.get(id));
        List<Figure> out = new ArrayList<>();
        f.ranges().forEach((period, range) -> f.values(period).forEach((code, v) -> out.add(figure(f, period, range, code, v))));
        return out;
    }

    @GetMapping("/{id}/figures/{code}")
    @Operation(summary = "Một số liệu và các hồ sơ được đếm", description = "period: month (mặc định) hoặc ytd (lũy kế từ đầu năm).")
    FigureRecords figure(@PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "month") String period) {
        FigureSet f = engine.figures(reports.get(id));
        DateRange range = f.range(period).orElseThrow(() -> new DomainException("period",
                "Kỳ \"" + period + "\" không có trong báo cáo này: dùng " + String.join(" hoặc ", f.ranges().keySet()) + "."));
        IndicatorValue v = f.get(period, code).orElseThrow(() -> new NotFoundException("chỉ tiêu", code));
        return new FigureRecords(figure(f, period, range, code, v), v.records());
    }

    private static Figure figure(FigureSet f, String period, DateRange range, String code, IndicatorValue v) {
        return new Figure(period, range.start(), range.end(), code, f.label(code), v.value(), v.by(), v.names(), v.records().size());
    }
}
