package vn.gov.khcn.quality.internal;

import static vn.gov.khcn.exchange.spi.ImportRow.toInt;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.AwardDossier;
import vn.gov.khcn.quality.AwardDossierCommand;
import vn.gov.khcn.quality.Quality;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The national quality award dossiers as a spreadsheet; dossiers are entered through {@link Quality} (rules, audit). */
@Component
class AwardDossierSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("quality-awards", "Hồ sơ Giải thưởng chất lượng quốc gia", "Tiêu chuẩn, chất lượng", "Giai thuong CL", List.of(
            Column.text("Doanh nghiệp", true, 500, "Tên doanh nghiệp đúng như trong danh mục tổ chức."),
            Column.integer("Năm giải thưởng", false, "Để trống thì lấy năm gửi hồ sơ; mỗi doanh nghiệp một hồ sơ một năm."),
            Column.date("Ngày gửi hồ sơ", true, "Ngày gửi Tổng cục Tiêu chuẩn Đo lường Chất lượng."),
            Column.text("Ghi chú", false, 4000, "Ghi chú.")),
            "cùng doanh nghiệp và năm giải thưởng", List.of("organisations"));
    private final Quality quality;
    private final Organisations organisations;

    AwardDossierSheet(Quality quality, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
        this.quality = quality;
    }

    /** The award year as the register keeps it: the year given, or that of the forwarding. */
    private static int year(ImportRow row) {
        return row.integer(1) == null ? row.date(2).getYear() : toInt(row.integer(1));
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + year(row);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return quality.findAwardDossier(row.text(0), year(row)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        quality.recordAwardDossier(new AwardDossierCommand(lookups.get("organisation", row.text(0), () -> organisations.requireByName(row.text(0), "enterpriseId", "Doanh nghiệp").id()),
                toInt(row.integer(1)), row.date(2), row.text(3), null, null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        quality.awardDossiers().forEach(a -> sink.accept(toRow(a)));
    }

    static Object[] toRow(AwardDossier a) {
        return new Object[] {a.enterpriseName(), (long) a.awardYear(), a.forwardedOn(), a.notes()};
    }
}
