package vn.gov.khcn.quality.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.IsoPlan;
import vn.gov.khcn.quality.IsoPlanCommand;
import vn.gov.khcn.quality.IsoQuery;

/**
 * The yearly plan of ISO 9001:2015 checks (the agencies the ISO page lists) as a spreadsheet; entries are added
 * through {@link IsoPlan} (rules, audit). The export is of one plan year: the current one unless chosen.
 */
@Component
class IsoPlanSheet extends RecordImport<IsoQuery> {
    static final Column YEAR = Column.integer("Năm kế hoạch", true, "Năm của kế hoạch kiểm tra, ví dụ 2021.");
    static final Column AGENCY = Column.text("Cơ quan", true, 500, "Cơ quan nhà nước, tên đúng như trong danh mục tổ chức.");
    static final RegisterSpec SPEC = new RegisterSpec("quality-iso-plan", "Kế hoạch kiểm tra ISO 9001:2015", "Tiêu chuẩn, chất lượng",
            "Ke hoach ISO", List.of(YEAR, AGENCY), "cùng năm và cơ quan", List.of("organisations"));

    IsoPlanSheet(IsoPlan plan, Organisations organisations) {
        super(SPEC, IsoQuery.class);
        existsWhen(row -> plan.find(row.intValue(YEAR), row.text(AGENCY)).isPresent());
        createdBy((row, context) -> plan.record(new IsoPlanCommand(row.intValue(YEAR),
                QualityLookups.organisation(context, organisations, row.text(AGENCY), "agencyId", "Cơ quan"))));
        exportedBy((query, sink) -> plan.search(query).forEach(p -> sink.accept(SPEC.row().put(YEAR, p.planYear()).put(AGENCY, p.agencyName()).values())));
    }

    @Override
    protected String identity(ImportRow row) {
        return row.intValue(YEAR) + "|" + row.text(AGENCY);
    }
}
