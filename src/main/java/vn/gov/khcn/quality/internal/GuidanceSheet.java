package vn.gov.khcn.quality.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.BusinessGuidance;
import vn.gov.khcn.quality.GuidanceCommand;
import vn.gov.khcn.quality.GuidanceQuery;

/** The register of guidance given to businesses as a spreadsheet; entries go through {@link BusinessGuidance} (rules, audit). */
@Component
class GuidanceSheet extends RecordImport<GuidanceQuery> {
    static final Column BUSINESS = Column.text("Doanh nghiệp, cơ sở", true, 500, "Tên đúng như trong danh mục tổ chức.");
    static final Column ON = Column.date("Ngày hướng dẫn", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column SUBJECT = Column.text("Nội dung hướng dẫn", true, 1000, "Ví dụ: Ghi nhãn hàng hóa theo Nghị định 43/2017/NĐ-CP.");
    static final RegisterSpec SPEC = new RegisterSpec("quality-guidance", "Hướng dẫn doanh nghiệp về tiêu chuẩn đo lường chất lượng",
            "Tiêu chuẩn, chất lượng", "Huong dan DN", List.of(BUSINESS, ON, SUBJECT), "cùng doanh nghiệp, ngày và nội dung hướng dẫn",
            List.of("organisations"));

    GuidanceSheet(BusinessGuidance guidance, Organisations organisations) {
        super(SPEC, GuidanceQuery.class, BUSINESS, ON, SUBJECT);
        existsWhen(row -> guidance.find(row.text(BUSINESS), row.date(ON), row.text(SUBJECT)).isPresent());
        createdBy((row, context) -> {
            long businessId = QualityLookups.organisation(context, organisations, row.text(BUSINESS), "businessId", "Doanh nghiệp, cơ sở");
            guidance.record(new GuidanceCommand(businessId, row.date(ON), row.text(SUBJECT), null, context.reason()));
        });
        exportedBy((query, sink) -> guidance.search(query).forEach(g -> sink.accept(SPEC.row().put(BUSINESS, g.businessName()).put(ON, g.guidedOn())
                .put(SUBJECT, g.subject()).values())));
    }
}
