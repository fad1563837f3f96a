package vn.gov.khcn.drafting.internal;

import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftBody;
import vn.gov.khcn.drafting.DraftCommand;
import vn.gov.khcn.drafting.DraftQuery;
import vn.gov.khcn.drafting.DraftStage;
import vn.gov.khcn.drafting.DraftStageEntry;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.drafting.StageCommand;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/**
 * The drafts register's spreadsheet: a draft with its current stage and the date it reached it (the stages in
 * between and their documents are not in the sheet). Rows are created, and moved to their stage, through {@link Drafts}.
 */
@Component
class DraftSheet extends RecordImport<DraftQuery> {
    static final List<String> YES_NO = List.of("Có", "Không");
    static final Column TITLE = Column.text("Tên dự thảo", true, 1000,
            "Tên đầy đủ, có dấu. Cùng tên và cơ quan ban hành với dự thảo đã có thì dòng được bỏ qua.");
    static final Column BODY = Column.choice("Cơ quan ban hành", true, labels(DraftBody.values(), DraftBody::label),
            "Cơ quan ban hành văn bản được dự thảo.");
    static final Column NORMATIVE = Column.choice("Văn bản quy phạm pháp luật", false, YES_NO, "Có nếu là VBQPPL; để trống là Không.");
    static final Column UNIT = Column.unit("Đơn vị chủ trì", false, "Tên hoặc mã đơn vị trong sơ đồ tổ chức của Sở. Để trống là Phòng Quản lý khoa học.");
    static final Column BEGUN = Column.date("Ngày bắt đầu soạn thảo", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel.");
    static final Column STAGE = Column.choice("Giai đoạn hiện tại", false, labels(DraftStage.values(), DraftStage::label),
            "Để trống là Đang soạn thảo.");
    static final Column REACHED = Column.date("Ngày của giai đoạn", false,
            "Ngày dự thảo đến giai đoạn hiện tại; bắt buộc nếu đã qua giai đoạn soạn thảo.");
    static final RegisterSpec SPEC = new RegisterSpec("drafts", "Dự thảo văn bản", "Xây dựng văn bản", "Du thao",
            List.of(TITLE, BODY, NORMATIVE, UNIT, BEGUN, STAGE, REACHED), "cùng tên dự thảo và cơ quan ban hành", List.of());

    DraftSheet(Drafts drafts) {
        super(SPEC, DraftQuery.class, TITLE, BODY);
        existsWhen(row -> drafts.exists(row.text(TITLE), body(row)));
        createdBy((row, context) -> {
            DraftStage stage = row.text(STAGE) == null ? DraftStage.DRAFTING : row.choice(STAGE, DraftStage.values(), DraftStage::label);
            if (stage != DraftStage.DRAFTING && row.date(REACHED) == null) {
                throw new DomainException("reachedOn", "Cần nhập ngày của giai đoạn \"" + stage.label() + "\" (cột Ngày của giai đoạn).");
            }
            Draft d = drafts.record(new DraftCommand(row.text(TITLE), body(row), "Có".equals(row.text(NORMATIVE)),
                    unit(row), row.date(BEGUN), null, context.reason()));
            if (stage != DraftStage.DRAFTING) {
                drafts.advance(d.id(), new StageCommand(stage, row.date(REACHED), null, "Nhập từ bảng tính", d.version(), context.reason()));
            }
        });
        exportedBy((query, sink) -> {
            PagedExport.each(page -> drafts.search(query, page, PagedExport.SIZE), d -> {
                LocalDate reached = d.stage() == DraftStage.DRAFTING ? null : drafts.stages(d.id()).stream()
                        .filter(s -> s.stage() == d.stage()).map(DraftStageEntry::reachedOn).findFirst().orElse(null);
                sink.accept(SPEC.row().put(TITLE, d.title()).put(BODY, d.body().label()).put(NORMATIVE, d.normative() ? "Có" : "Không")
                        .put(UNIT, d.unit().label()).put(BEGUN, d.begunOn()).put(STAGE, d.stage().label()).put(REACHED, reached).values());
            });
        });
    }

    private static DraftBody body(ImportRow row) {
        return row.choice(BODY, DraftBody.values(), DraftBody::label);
    }

    /** The leading unit of a row; blank: the science unit (the column's note says so). */
    private static Unit unit(ImportRow row) {
        Unit u = row.unit(UNIT);
        return u == null ? Unit.SCIENCE : u;
    }
}
