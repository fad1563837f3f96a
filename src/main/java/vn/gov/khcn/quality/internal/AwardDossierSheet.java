package vn.gov.khcn.quality.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.AwardDossierCommand;
import vn.gov.khcn.quality.AwardDossierQuery;
import vn.gov.khcn.quality.AwardDossiers;

/** The national quality award dossiers as a spreadsheet; dossiers are entered through {@link AwardDossiers} (rules, audit). */
@Component
class AwardDossierSheet extends RecordImport<AwardDossierQuery> {
    static final Column ENTERPRISE = Column.text("Doanh nghiệp", true, 500, "Tên doanh nghiệp đúng như trong danh mục tổ chức.");
    static final Column YEAR = Column.integer("Năm giải thưởng", false, "Để trống thì lấy năm gửi hồ sơ; mỗi doanh nghiệp một hồ sơ một năm.");
    static final Column FORWARDED = Column.date("Ngày gửi hồ sơ", true, "Ngày gửi Tổng cục Tiêu chuẩn Đo lường Chất lượng.");
    static final Column NOTES = Column.text("Ghi chú", false, 4000, "Ghi chú.");
    static final RegisterSpec SPEC = new RegisterSpec("quality-awards", "Hồ sơ Giải thưởng chất lượng quốc gia", "Tiêu chuẩn, chất lượng",
            "Giai thuong CL", List.of(ENTERPRISE, YEAR, FORWARDED, NOTES), "cùng doanh nghiệp và năm giải thưởng", List.of("organisations"));

    AwardDossierSheet(AwardDossiers dossiers, Organisations organisations) {
        super(SPEC, AwardDossierQuery.class);
        existsWhen(row -> dossiers.find(row.text(ENTERPRISE), year(row)).isPresent());
        createdBy((row, context) -> {
            long enterpriseId = QualityLookups.organisation(context, organisations, row.text(ENTERPRISE), "enterpriseId", "Doanh nghiệp");
            dossiers.record(new AwardDossierCommand(enterpriseId, row.intValue(YEAR), row.date(FORWARDED), row.text(NOTES), null, context.reason()));
        });
        exportedBy((query, sink) -> dossiers.search(query).forEach(a -> sink.accept(SPEC.row().put(ENTERPRISE, a.enterpriseName()).put(YEAR, a.awardYear())
                .put(FORWARDED, a.forwardedOn()).put(NOTES, a.notes()).values())));
    }

    /** The award year as the register keeps it: the year given, or that of the forwarding. */
    private static int year(ImportRow row) {
        return row.intValue(YEAR) == null ? row.date(FORWARDED).getYear() : row.intValue(YEAR);
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(ENTERPRISE) + "|" + year(row);
    }
}
