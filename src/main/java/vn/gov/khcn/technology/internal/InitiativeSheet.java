package vn.gov.khcn.technology.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.technology.Initiative;
import vn.gov.khcn.technology.InitiativeCommand;
import vn.gov.khcn.technology.InitiativeRound;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.RoundQuery;

/**
 * The initiatives recognised in each round (a decision's annex), the round named by its year and number.
 * Rows go through {@link InitiativeRounds}; exported with the rounds list's year filter.
 */
@Component
class InitiativeSheet extends RecordImport<RoundQuery> {
    static final Column YEAR = Column.integer("Năm", true, "Năm của đợt công nhận.");
    static final Column NO = Column.integer("Đợt số", true, "Số đợt trong năm; đợt phải có trong sổ (nhập tệp mẫu Đợt công nhận sáng kiến trước).");
    static final Column TITLE = Column.text("Tên sáng kiến", true, 1000, "Cùng tên trong cùng đợt với sáng kiến đã có thì dòng được bỏ qua.");
    static final Column AUTHORS = Column.text("Tác giả", true, 1000, "Họ tên tác giả, đồng tác giả.");
    static final Column UNIT = Column.text("Đơn vị", false, 500, "Đơn vị công tác của tác giả.");
    static final RegisterSpec SPEC = new RegisterSpec("initiatives", "Sáng kiến được công nhận", "Công nghệ và sở hữu trí tuệ", "Sang kien",
            List.of(YEAR, NO, TITLE, AUTHORS, UNIT), "cùng đợt (năm, số đợt) và tên sáng kiến", List.of("initiative-rounds"));

    InitiativeSheet(InitiativeRounds rounds) {
        super(SPEC, RoundQuery.class, YEAR, NO, TITLE);
        existsWhen(row -> round(rounds, row).flatMap(r -> rounds.findInitiative(r.id(), row.text(TITLE))).isPresent());
        createdBy((row, context) -> {
            InitiativeRound r = context.get("round", row.integer(YEAR) + "/" + row.integer(NO), () -> round(rounds, row).orElseThrow(() ->
                    new DomainException("roundId", "Đợt " + row.integer(NO) + " năm " + row.integer(YEAR) + " chưa có trong sổ đợt công nhận "
                            + "sáng kiến: thêm đợt (hoặc nhập tệp mẫu Đợt công nhận sáng kiến) trước.")));
            rounds.recordInitiative(InitiativeCommand.of(r.id(), row.text(TITLE), row.text(AUTHORS), row.text(UNIT)));
        });
        exportedBy((query, sink) -> {
            Map<Long, InitiativeRound> byId = new HashMap<>();
            for (Initiative i : rounds.initiatives(query)) {
                InitiativeRound r = byId.computeIfAbsent(i.roundId(), rounds::get);
                sink.accept(SPEC.row().put(YEAR, r.roundYear()).put(NO, r.roundNo()).put(TITLE, i.title()).put(AUTHORS, i.authors())
                        .put(UNIT, i.unitName()).values());
            }
        });
    }

    private static Optional<InitiativeRound> round(InitiativeRounds rounds, ImportRow row) {
        return rounds.find(row.intValue(YEAR), row.intValue(NO));
    }
}
