package vn.gov.khcn.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.Column;
import vn.gov.khcn.exchange.ColumnType;
import vn.gov.khcn.exchange.ImportRow;
import vn.gov.khcn.exchange.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.Quality;
import vn.gov.khcn.quality.Survey;
import vn.gov.khcn.quality.SurveyCommand;

/** The goods-quality survey register's spreadsheet; surveys are entered through {@link Quality} (rules, audit). */
@Component
@Order(220)
public class QualitySurveyExchange extends RecordImport {
    static final RegisterSpec SPEC = new RegisterSpec("quality-surveys", "Khảo sát chất lượng sản phẩm, hàng hóa", "Khao sat CL", List.of(
            Column.text("Cơ sở được khảo sát", true, 500, "Tên cơ sở đúng như trong danh mục tổ chức."),
            Column.date("Ngày khảo sát", true, "Mỗi cơ sở một lần khảo sát trong một ngày."),
            Column.text("Sản phẩm, hàng hóa", true, 1000, "Sản phẩm, hàng hóa được khảo sát."),
            new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, Districts.CAO_BANG, "Để trống thì lấy theo huyện của cơ sở."),
            Column.text("Kết quả khảo sát", false, 4000, "Nhận xét, vi phạm phát hiện.")),
            "cùng cơ sở và ngày khảo sát");
    private final Quality quality;

    QualitySurveyExchange(Quality quality, Organisations organisations) {
        super(SPEC, () -> new Lookups(organisations));
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
    protected void create(ImportRow row, Lookups lookups) {
        quality.recordSurvey(new SurveyCommand(lookups.organisation(row.text(0), "facilityId", "Cơ sở được khảo sát"), row.text(2),
                row.text(3), row.date(1), row.text(4), null, null));
    }

    @Override
    public void export(Map<String, String> filters, Consumer<Object[]> sink) {
        quality.surveys(new ListFilters(filters).integer("year")).forEach(s -> sink.accept(toRow(s)));
    }

    static Object[] toRow(Survey s) {
        return new Object[] {s.facilityName(), s.surveyedOn(), s.products(), s.district(), s.findings()};
    }
}
