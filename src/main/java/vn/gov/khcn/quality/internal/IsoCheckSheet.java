package vn.gov.khcn.quality.internal;

import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.IsoCheckCommand;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoQuery;
import vn.gov.khcn.quality.IsoResult;

/**
 * The register of ISO 9001:2015 checks of state agencies as a spreadsheet; checks are entered through
 * {@link IsoChecks} (rules, audit). The export, like the ISO page, is of one plan year: the current one unless chosen.
 */
@Component
class IsoCheckSheet extends RecordImport<IsoQuery> {
    static final Column AGENCY = Column.text("Cơ quan được kiểm tra", true, 500, "Tên cơ quan đúng như trong danh mục tổ chức.");
    static final Column ON = Column.date("Ngày kiểm tra", true, "Mỗi cơ quan một lần kiểm tra trong một ngày.");
    static final Column PLAN_YEAR = Column.integer("Năm kế hoạch", false, "Năm của kế hoạch kiểm tra; để trống thì lấy năm kiểm tra.");
    static final Column RESULT = Column.choice("Kết quả", true, labels(IsoResult.values(), IsoResult::label), "Chọn trong danh sách.");
    static final Column NOTES = Column.text("Ghi chú", false, 4000, "Nội dung cần khắc phục, nếu có.");
    static final RegisterSpec SPEC = new RegisterSpec("quality-iso", "Kiểm tra áp dụng TCVN ISO 9001:2015", "Tiêu chuẩn, chất lượng",
            "Kiem tra ISO", List.of(AGENCY, ON, PLAN_YEAR, RESULT, NOTES), "cùng cơ quan và ngày kiểm tra", List.of("organisations"));

    IsoCheckSheet(IsoChecks checks, Organisations organisations) {
        super(SPEC, IsoQuery.class, AGENCY, ON);
        existsWhen(row -> checks.find(row.text(AGENCY), row.date(ON)).isPresent());
        createdBy((row, context) -> {
            long agencyId = QualityLookups.organisation(context, organisations, row.text(AGENCY), "agencyId", "Cơ quan được kiểm tra");
            checks.record(new IsoCheckCommand(agencyId, row.intValue(PLAN_YEAR), row.date(ON), row.choice(RESULT, IsoResult.values(), IsoResult::label),
                    row.text(NOTES), null, context.reason()));
        });
        exportedBy((query, sink) -> checks.search(query).forEach(c -> sink.accept(SPEC.row().put(AGENCY, c.agencyName()).put(ON, c.checkedOn())
                .put(PLAN_YEAR, c.plannedYear()).put(RESULT, c.result().label()).put(NOTES, c.notes()).values())));
    }
}
