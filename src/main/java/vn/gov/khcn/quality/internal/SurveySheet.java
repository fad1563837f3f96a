package vn.gov.khcn.quality.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.quality.SurveyQuery;
import vn.gov.khcn.quality.Surveys;

/** The goods-quality survey register's spreadsheet; surveys are entered through {@link Surveys} (rules, access, audit). */
@Component
class SurveySheet extends RecordImport<SurveyQuery> {
    static final Column FACILITY = Column.text("Cơ sở được khảo sát", true, 500, "Tên cơ sở đúng như trong danh mục tổ chức.");
    static final Column ON = Column.date("Ngày khảo sát", true, "Mỗi cơ sở một lần khảo sát trong một ngày.");
    static final Column PRODUCTS = Column.text("Sản phẩm, hàng hóa", true, 1000, "Sản phẩm, hàng hóa được khảo sát.");
    static final Column DISTRICT = new Column("Huyện/thành phố", ColumnType.TEXT, false, 100, List.of(),
            "Để trống thì lấy theo huyện của cơ sở.");
    static final Column FINDINGS = Column.text("Kết quả khảo sát", false, 4000, "Nhận xét, vi phạm phát hiện.");
    static final RegisterSpec SPEC = new RegisterSpec("quality-surveys", "Khảo sát chất lượng sản phẩm, hàng hóa", "Tiêu chuẩn, chất lượng",
            "Khao sat CL", List.of(FACILITY, ON, PRODUCTS, DISTRICT, FINDINGS), "cùng cơ sở và ngày khảo sát", List.of("organisations"));

    SurveySheet(Surveys surveys, Organisations organisations) {
        super(SPEC, SurveyQuery.class, FACILITY, ON);
        existsWhen(row -> surveys.find(row.text(FACILITY), row.date(ON)).isPresent());
        createdBy((row, context) -> {
            long facilityId = QualityLookups.organisation(context, organisations, row.text(FACILITY), "facilityId", "Cơ sở được khảo sát");
            surveys.record(new SurveyCommand(facilityId, row.text(PRODUCTS), row.text(DISTRICT), row.date(ON), row.text(FINDINGS), null,
                    context.reason()));
        });
        exportedBy((query, sink) -> surveys.search(query).forEach(s -> sink.accept(SPEC.row().put(FACILITY, s.facilityName()).put(ON, s.surveyedOn())
                .put(PRODUCTS, s.products()).put(DISTRICT, s.district()).put(FINDINGS, s.findings()).values())));
    }
}
