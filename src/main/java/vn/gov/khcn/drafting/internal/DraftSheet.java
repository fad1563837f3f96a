package vn.gov.khcn.drafting.internal;

import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.drafting.Draft;
import vn.gov.khcn.drafting.DraftBody;
import vn.gov.khcn.drafting.DraftCommand;
import vn.gov.khcn.drafting.DraftStage;
import vn.gov.khcn.drafting.DraftStageEntry;
import vn.gov.khcn.drafting.Drafts;
import vn.gov.khcn.drafting.StageCommand;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.Labels;

/**
 * The drafts register's spreadsheet: a draft with its current stage and the date it reached it (the stages in
 * between and their documents are not in the sheet). Rows are created, and moved to their stage, through {@link Drafts}.
 */
@Component
class DraftSheet extends RecordImport<ListFilters> {
    static final List<String> YES_NO = List.of("Có", "Không");
    static final RegisterSpec SPEC = new RegisterSpec("drafts", "Dự thảo văn bản", "Xây dựng văn bản", "Du thao", List.of(
            Column.text("Tên dự thảo", true, 1000, "Tên đầy đủ, có dấu. Cùng tên và cơ quan ban hành với dự thảo đã có thì dòng được bỏ qua."),
            Column.choice("Cơ quan ban hành", true, labels(DraftBody.values(), DraftBody::label), "Cơ quan ban hành văn bản được dự thảo."),
            Column.choice("Văn bản quy phạm pháp luật", false, YES_NO, "Có nếu là VBQPPL; để trống là Không."),
            Column.choice("Đơn vị chủ trì", false, labels(Unit.values(), Unit::label), "Để trống là Phòng Quản lý khoa học."),
            Column.date("Ngày bắt đầu soạn thảo", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel."),
            Column.choice("Giai đoạn hiện tại", false, labels(DraftStage.values(), DraftStage::label), "Để trống là Đang soạn thảo."),
            Column.date("Ngày của giai đoạn", false, "Ngày dự thảo đến giai đoạn hiện tại; bắt buộc nếu đã qua giai đoạn soạn thảo.")),
            "cùng tên dự thảo và cơ quan ban hành", List.of());
    private final Drafts drafts;

    DraftSheet(Drafts drafts) {
        super(SPEC, ListFilters.class);
        this.drafts = drafts;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(0) + "|" + row.text(1);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return drafts.exists(row.text(0), byLabel(DraftBody.values(), DraftBody::label, row.text(1)));
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        DraftStage stage = row.text(5) == null ? DraftStage.DRAFTING : byLabel(DraftStage.values(), DraftStage::label, row.text(5));
        if (stage != DraftStage.DRAFTING && row.date(6) == null) {
            throw new DomainException("reachedOn", "Cần nhập ngày của giai đoạn \"" + stage.label() + "\" (cột Ngày của giai đoạn).");
        }
        Draft d = drafts.create(new DraftCommand(row.text(0), byLabel(DraftBody.values(), DraftBody::label, row.text(1)),
                "Có".equals(row.text(2)), byLabel(Unit.values(), Unit::label, row.text(3)), row.date(4), null));
        if (stage != DraftStage.DRAFTING) {
            drafts.advance(d.id(), new StageCommand(stage, row.date(6), null, "Nhập từ bảng tính"));
        }
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        DraftBody body = f.choice("body", DraftBody.class);
        DraftStage stage = f.choice("stage", DraftStage.class);
        PagedExport.each(page -> drafts.search(f.text("q"), body, stage, page, PagedExport.SIZE), d -> sink.accept(toRow(d)));
    }

    private Object[] toRow(Draft d) {
        LocalDate reached = d.stage() == DraftStage.DRAFTING ? null : drafts.stages(d.id()).stream()
                .filter(s -> s.stage() == d.stage()).map(DraftStageEntry::reachedOn).findFirst().orElse(null);
        return new Object[] {d.title(), d.body().label(), d.normative() ? "Có" : "Không", d.unit().label(), d.begunOn(),
                d.stage().label(), reached};
    }
}
