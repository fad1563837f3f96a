package vn.gov.khcn.quality.internal;

import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;
import static vn.gov.khcn.exchange.spi.ImportRow.toInt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.IsoCheck;
import vn.gov.khcn.quality.IsoCheckCommand;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoResult;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.Labels;

/**
 * The register of ISO 9001:2015 checks of state agencies as a spreadsheet; checks are entered through
 * {@link IsoChecks} (rules, audit). The export, like the ISO page, is of one plan year: the current one unless chosen.
 */
@Component
class IsoCheckSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("quality-iso", "Kiểm tra áp dụng TCVN ISO 9001:2015", "Tiêu chuẩn, chất lượng", "Kiem tra ISO", List.of(
            Column.text("Cơ quan được kiểm tra", true, 500, "Tên cơ quan đúng như trong danh mục tổ chức."),
            Column.date("Ngày kiểm tra", true, "Mỗi cơ quan một lần kiểm tra trong một ngày."),
            Column.integer("Năm kế hoạch", false, "Năm của kế hoạch kiểm tra; để trống thì lấy năm kiểm tra."),
            Column.choice("Kết quả", true, labels(IsoResult.values(), IsoResult::label), "Chọn trong danh sách."),
            Column.text("Ghi chú", false, 4000, "Nội dung cần khắc phục, nếu có.")),
            "cùng cơ quan và ngày kiểm tra", List.of("organisations"));
    private final IsoChecks iso;
    private final Organisations organisations;
    private final Clock clock;

    IsoCheckSheet(IsoChecks iso, Organisations organisations, Clock clock) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
        this.iso = iso;
        this.clock = clock;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return iso.find(row.text(0), row.date(1)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        iso.record(new IsoCheckCommand(lookups.get("organisation", row.text(0), () -> organisations.requireByName(row.text(0), "agencyId", "Cơ quan được kiểm tra").id()), toInt(row.integer(2)),
                row.date(1), byLabel(IsoResult.values(), IsoResult::label, row.text(3)), row.text(4), null, null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        Integer year = f.integer("year");
        iso.checks(year == null ? LocalDate.now(clock).getYear() : year).forEach(c -> sink.accept(toRow(c)));
    }

    static Object[] toRow(IsoCheck c) {
        return new Object[] {c.agencyName(), c.checkedOn(), (long) c.plannedYear(), c.result().label(), c.notes()};
    }
}
