package vn.gov.khcn.technology.internal;

import static vn.gov.khcn.exchange.spi.ImportRow.toInt;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.technology.Initiative;
import vn.gov.khcn.technology.InitiativeCommand;
import vn.gov.khcn.technology.InitiativeRound;
import vn.gov.khcn.technology.Initiatives;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/**
 * The initiatives recognised in each round (a decision's annex), the round named by its year and number.
 * Rows go through {@link Initiatives}; exported with the rounds list's year filter.
 */
@Component
class InitiativeSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("initiatives", "Sáng kiến được công nhận", "Công nghệ và sở hữu trí tuệ", "Sang kien", List.of(
            Column.integer("Năm", true, "Năm của đợt công nhận."),
            Column.integer("Đợt số", true, "Số đợt trong năm; đợt phải có trong sổ (nhập tệp mẫu Đợt công nhận sáng kiến trước)."),
            Column.text("Tên sáng kiến", true, 1000, "Cùng tên trong cùng đợt với sáng kiến đã có thì dòng được bỏ qua."),
            Column.text("Tác giả", true, 1000, "Họ tên tác giả, đồng tác giả."),
            Column.text("Đơn vị", false, 500, "Đơn vị công tác của tác giả.")),
            "cùng đợt (năm, số đợt) và tên sáng kiến", List.of("initiative-rounds"));
    private final Initiatives initiatives;

    InitiativeSheet(Initiatives initiatives) {
        super(SPEC, ListFilters.class);
        this.initiatives = initiatives;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.integer(0) + "|" + row.integer(1) + "|" + row.text(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return round(row).map(r -> initiatives.initiativeExists(r.id(), row.text(2))).orElse(false);
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        InitiativeRound r = round(row).orElseThrow(() -> new DomainException("roundId", "Đợt " + row.integer(1) + " năm " + row.integer(0)
                + " chưa có trong sổ đợt công nhận sáng kiến: thêm đợt (hoặc nhập tệp mẫu Đợt công nhận sáng kiến) trước."));
        initiatives.addInitiative(new InitiativeCommand(r.id(), row.text(2), row.text(3), row.text(4), null));
    }

    private Optional<InitiativeRound> round(ImportRow row) {
        return initiatives.findRound(toInt(row.integer(0)), toInt(row.integer(1)));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        Map<Long, InitiativeRound> rounds = new HashMap<>();
        for (Initiative i : initiatives.initiativesOf(f.integer("year"))) {
            InitiativeRound r = rounds.computeIfAbsent(i.roundId(), initiatives::round);
            sink.accept(new Object[] {(long) r.roundYear(), (long) r.roundNo(), i.title(), i.authors(), i.unitName()});
        }
    }
}
