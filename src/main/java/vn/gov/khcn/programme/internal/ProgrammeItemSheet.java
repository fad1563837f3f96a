package vn.gov.khcn.programme.internal;

import vn.gov.khcn.documents.Document;
import vn.gov.khcn.shared.Formats;
import static vn.gov.khcn.exchange.spi.Labels.byLabel;
import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.programme.ItemCommand;
import vn.gov.khcn.programme.ItemStatus;
import vn.gov.khcn.programme.ProgrammeItem;
import vn.gov.khcn.programme.WorkProgramme;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.exchange.spi.ListFilters;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.Labels;

/**
 * The items the monthly work programmes assign to the department; the programme is named by its year and month.
 * Rows are created through {@link WorkProgrammes} (rules, access, audit).
 */
@Component
class ProgrammeItemSheet extends RecordImport<ListFilters> {
    static final ItemStatus[] STATUSES = Arrays.stream(ItemStatus.values()).filter(s -> s != ItemStatus.OVERDUE).toArray(ItemStatus[]::new);
    static final RegisterSpec SPEC = new RegisterSpec("programme-items", "Nhiệm vụ được giao theo Chương trình công tác", "Chương trình công tác", "Nhiem vu CTCT", List.of(
            Column.integer("Năm", true, "Năm của Chương trình công tác giao nhiệm vụ."),
            Column.integer("Tháng", true, "Tháng của Chương trình công tác (1–12); chương trình tháng đó phải có trong sổ."),
            Column.text("Nội dung nhiệm vụ", true, 1000, "Nội dung được giao. Cùng nội dung trong chương trình cùng tháng thì dòng được bỏ qua."),
            Column.date("Thời hạn", true, "Thời hạn hoàn thành, dạng dd/mm/yyyy."),
            Column.choice("Trạng thái", false, labels(STATUSES, ItemStatus::label),
                    "Để trống là Được giao. Quá hạn do hệ thống tự xác định theo thời hạn."),
            Column.text("Kết quả thực hiện", false, 4000, "Kết quả đã đạt."),
            Column.choice("Đơn vị chủ trì", false, labels(Unit.values(), Unit::label), "Để trống là Phòng Quản lý công nghệ và Sở hữu trí tuệ."),
            Column.text("Văn bản kết quả", false, 2000, "Số, ký hiệu các văn bản trong sổ văn bản, cách nhau bởi dấu chấm phẩy; "
                    + "thêm ngày nếu số trùng: ví dụ 1161/TTr-SKH&CN ngày 08/09/2021; 1155/SKH&CN-QL&CN&SHTT.")),
            "cùng tháng của chương trình và nội dung nhiệm vụ", List.of("work-programmes", "documents"));
    private final WorkProgrammes programmes;
    private final Documents documents;

    ProgrammeItemSheet(WorkProgrammes programmes, Organisations organisations, Documents documents) {
        super(SPEC, ListFilters.class);
        this.programmes = programmes;
        this.documents = documents;
    }

    @Override
    protected String identity(ImportRow row) {
        return WorkProgrammeSheet.month(row, 0) + "|" + row.text(2);
    }

    @Override
    protected boolean exists(ImportRow row) {
        return programmes.itemExists(WorkProgrammeSheet.month(row, 0), row.text(2));
    }

    @Override
    protected void create(ImportRow row, ImportContext lookups) {
        String month = WorkProgrammeSheet.month(row, 0);
        WorkProgramme p = programmes.programmeOf(month).orElseThrow(() -> new DomainException("programmeId",
                "Chương trình công tác tháng " + row.integer(1) + "/" + row.integer(0) + " chưa có trong sổ: thêm chương trình "
                        + "(hoặc nhập tệp mẫu Chương trình công tác) trước."));
        programmes.createItem(new ItemCommand(p.id(), row.text(2), row.date(3), byLabel(STATUSES, ItemStatus::label, row.text(4)),
                row.text(5), byLabel(Unit.values(), Unit::label, row.text(6)),
                documents.requireReferencedAll(row.text(7), "documentIds", "Văn bản kết quả").stream().map(Document::id).toList(), null));
    }

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        boolean overdue = f.flag("overdue");
        PagedExport.each(page -> programmes.items(f.text("month"), f.text("q"), overdue, page, PagedExport.SIZE), i -> sink.accept(toRow(i)));
    }

    static Object[] toRow(ProgrammeItem i) {
        Object[] ym = WorkProgrammeSheet.yearMonth(i.month());
        String docs = i.documents().stream().map(d -> d.numberSymbol() + " ngày " + Formats.date(d.issuedOn())).collect(Collectors.joining("; "));
        return new Object[] {ym[0], ym[1], i.title(), i.deadline(), i.status().label(), i.outcome(), i.unit().label(),
                docs.isEmpty() ? null : docs};
    }
}
