package vn.gov.khcn.quality.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.Quality;
import vn.gov.khcn.quality.Survey;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The goods-quality survey register's spreadsheet; surveys are entered through {@link Quality} (rules, audit). */
@Component
class SurveySheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("quality-surveys", "Khảo sát chất lượng sản phẩm, hàng hóa", "Tiêu chuẩn, chất lượng", "Khao sat CL", List.of(
            Column.text("Cơ sở được khảo sát", true, 500, "Tên cơ sở đúng như trong danh mục tổ chức."),
            Column.date("Ngày khảo sát", true, "Mỗi cơ sở một lần khảo sát trong một ngày."),
            Column.text("Sản phẩm, hàng hóa", true, 1000, "Sản phẩm, hàng hóa được khảo sát."),
            new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, vn.gov.khcn.organisations.Districts.CAO_BANG, "Để trống thì lấy theo huyện của cơ sở."),
            Column.text("Kết quả khảo sát", false, 4000, "Nhận xét, vi phạm phát hiện.")),
            "cùng cơ sở và ngày khảo sát", List.of("organisations"));
    private final Quality quality;
    private final Organisations organisations;

    SurveySheet(Quality quality, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
        this.quality = quality;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return quality.findSurvey(row.text(0), row.date(1)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        quality.recordSurvey(new SurveyCommand(lookups.get("organisation", row.text(0), () -> organisations.requireByName(row.text(0), "facilityId", "Cơ sở được khảo sát").id()), row.text(2),
                row.text(3), row.date(1), row.text(4), null, null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        quality.surveys(f.integer("year")).forEach(s -> sink.accept(toRow(s)));
    }

    static Object[] toRow(Survey s) {
        return new Object[] {s.facilityName(), s.surveyedOn(), s.products(), s.district(), s.findings()};
    }
}
