package vn.gov.khcn.technology.internal;

import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.technology.IpObject;
import vn.gov.khcn.technology.IpSupportCommand;
import vn.gov.khcn.technology.Technology;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.Labels;

/** Organisations and people advised on registering industrial property; rows go through {@link Technology}. */
@Component
class SupportCaseSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("ip-support-cases", "Hướng dẫn, hỗ trợ đăng ký quyền sở hữu công nghiệp", "Công nghệ và sở hữu trí tuệ", "Ho tro SHCN", List.of(
            Column.text("Tổ chức, cá nhân được hướng dẫn", true, 500, "Tên tổ chức hoặc họ tên cá nhân."),
            Column.choice("Đối tượng", true, labels(IpObject.values(), IpObject::label), "Đối tượng sở hữu công nghiệp."),
            Column.date("Ngày hướng dẫn", true, "Cùng tổ chức, đối tượng và ngày với hồ sơ đã có thì dòng được bỏ qua."),
            Column.text("Kết quả", false, 2000, "Kết quả hướng dẫn, hỗ trợ.")),
            "cùng tổ chức, cá nhân, đối tượng và ngày hướng dẫn", List.of());
    private final Technology technology;

    SupportCaseSheet(Technology technology) {
        super(SPEC, ListFilters.class);
        this.technology = technology;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.text(1) + "|" + row.date(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return technology.supportCaseExists(row.text(0), byLabel(IpObject.values(), IpObject::label, row.text(1)), row.date(2));
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        technology.createSupportCase(new IpSupportCommand(row.text(0), byLabel(IpObject.values(), IpObject::label, row.text(1)),
                row.date(2), row.text(3), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        Integer year = f.integer("year");
        PagedExport.each(page -> technology.supportCases(f.text("q"), year, page, PagedExport.SIZE), s -> sink.accept(new Object[] {
                s.advisedName(), s.ipObject().label(), s.advisedOn(), s.outcome()}));
    }
}
