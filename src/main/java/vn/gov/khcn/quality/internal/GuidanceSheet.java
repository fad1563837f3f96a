package vn.gov.khcn.quality.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.Guidance;
import vn.gov.khcn.quality.GuidanceCommand;
import vn.gov.khcn.quality.Quality;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;

/** The register of guidance given to businesses as a spreadsheet; entries go through {@link Quality} (rules, audit). */
@Component
class GuidanceSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("quality-guidance", "Hướng dẫn doanh nghiệp về tiêu chuẩn đo lường chất lượng", "Tiêu chuẩn, chất lượng",
            "Huong dan DN", List.of(
            Column.text("Doanh nghiệp, cơ sở", true, 500, "Tên đúng như trong danh mục tổ chức."),
            Column.date("Ngày hướng dẫn", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.text("Nội dung hướng dẫn", true, 1000, "Ví dụ: Ghi nhãn hàng hóa theo Nghị định 43/2017/NĐ-CP.")),
            "cùng doanh nghiệp, ngày và nội dung hướng dẫn", List.of("organisations"));
    private final Quality quality;
    private final Organisations organisations;

    GuidanceSheet(Quality quality, Organisations organisations) {
        super(SPEC, ListFilters.class);
        this.organisations = organisations;
        this.quality = quality;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1) + "|" + row.text(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return quality.findGuidance(row.text(0), row.date(1), row.text(2)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        quality.recordGuidance(new GuidanceCommand(lookups.get("organisation", row.text(0), () -> organisations.requireByName(row.text(0), "businessId", "Doanh nghiệp, cơ sở").id()), row.date(1),
                row.text(2), null, null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        quality.guidance(f.integer("year")).forEach(g -> sink.accept(toRow(g)));
    }

    static Object[] toRow(Guidance g) {
        return new Object[] {g.businessName(), g.guidedOn(), g.subject()};
    }
}
