package vn.gov.khcn.quality.internal;

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
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/**
 * The yearly plan of ISO 9001:2015 checks (the agencies the ISO page lists) as a spreadsheet; entries are added
 * through {@link IsoChecks} (rules, audit). The export is of one plan year: the current one unless chosen.
 */
@Component
class IsoPlanSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("quality-iso-plan", "Kế hoạch kiểm tra ISO 9001:2015", "Tiêu chuẩn, chất lượng", "Ke hoach ISO", List.of(
            Column.integer("Năm kế hoạch", true, "Năm của kế hoạch kiểm tra, ví dụ 2021."),
            Column.text("Cơ quan", true, 500, "Cơ quan nhà nước, tên đúng như trong danh mục tổ chức.")),
            "cùng năm và cơ quan", List.of("organisations"));
    private final IsoChecks iso;
    private final Organisations organisations;
    private final Clock clock;

    IsoPlanSheet(IsoChecks iso, Organisations organisations, Clock clock) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
        this.iso = iso;
        this.clock = clock;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.integer(0) + "|" + row.text(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return iso.plan(toInt(row.integer(0))).stream().anyMatch(p -> p.agencyName().equals(row.text(1)));
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        iso.addToPlan(toInt(row.integer(0)), lookups.get("organisation", row.text(1), () -> organisations.requireByName(row.text(1), "agencyId", "Cơ quan").id()));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        Integer year = f.integer("year");
        iso.plan(year == null ? LocalDate.now(clock).getYear() : year).forEach(p -> sink.accept(new Object[] {(long) p.planYear(), p.agencyName()}));
    }
}
