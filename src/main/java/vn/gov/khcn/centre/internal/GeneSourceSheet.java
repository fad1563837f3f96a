package vn.gov.khcn.centre.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.GeneSourceQuery;
import vn.gov.khcn.centre.GeneSources;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/** The crop gene sources the centre keeps; rows are added through {@link GeneSources} (rules, access, audit). */
@Component
class GeneSourceSheet extends RecordImport<GeneSourceQuery> {
    static final Column CROP = Column.text("Nguồn gen (cây trồng)", true, 300, "Tên nguồn gen cây trồng, có dấu, ví dụ Dẻ Trùng Khánh.");
    static final Column SINCE = Column.date("Lưu giữ từ ngày", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column UNTIL = Column.date("Thôi lưu giữ từ ngày", false, "Để trống nếu còn lưu giữ; sau ngày bắt đầu lưu giữ.");
    static final RegisterSpec SPEC = new RegisterSpec("centre-gene-sources", "Nguồn gen cây trồng lưu giữ", "Trung tâm Ứng dụng", "Nguon gen",
            List.of(CROP, SINCE, UNTIL), "cùng nguồn gen và ngày bắt đầu lưu giữ", List.of());

    GeneSourceSheet(GeneSources sources) {
        super(SPEC, GeneSourceQuery.class, CROP, SINCE);
        existsWhen(row -> sources.find(row.text(CROP), row.date(SINCE)).isPresent());
        createdBy((row, context) -> sources.keep(new GeneSourceCommand(row.text(CROP), row.date(SINCE), row.date(UNTIL), null, context.reason())));
        exportedBy((query, sink) -> PagedExport.rows(sources::search, query, sink, g -> SPEC.row().put(CROP, g.crop()).put(SINCE, g.keptSince()).put(UNTIL, g.keptUntil())));
    }
}
