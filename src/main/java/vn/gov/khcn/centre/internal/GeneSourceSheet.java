package vn.gov.khcn.centre.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.CentreActivities;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;

/** The crop gene sources the centre keeps; rows are added through {@link CentreActivities} (rules, access, audit). */
@Component
class GeneSourceSheet extends RecordImport<ListFilters> {
    static final RegisterSpec SPEC = new RegisterSpec("centre-gene-sources", "Nguồn gen cây trồng lưu giữ", "Trung tâm Ứng dụng", "Nguon gen", List.of(
            Column.text("Nguồn gen (cây trồng)", true, 300, "Tên nguồn gen cây trồng, có dấu, ví dụ Dẻ Trùng Khánh."),
            Column.date("Lưu giữ từ ngày", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.date("Thôi lưu giữ từ ngày", false, "Để trống nếu còn lưu giữ; sau ngày bắt đầu lưu giữ.")),
            "cùng nguồn gen và ngày bắt đầu lưu giữ", List.of());
    private final CentreActivities activities;

    GeneSourceSheet(CentreActivities activities) {
        super(SPEC, ListFilters.class);
        this.activities = activities;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.date(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return activities.findGeneSource(row.text(0), row.date(1)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        activities.createGeneSource(new GeneSourceCommand(row.text(0), row.date(1), row.date(2), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        String q = f.text("q");
        var on = f.date("on");
        PagedExport.each(n -> activities.geneSources(q, on, n, PagedExport.SIZE),
                g -> sink.accept(new Object[] {g.crop(), g.keptSince(), g.keptUntil()}));
    }
}
