package vn.gov.khcn.programme.internal;

import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.programme.ItemCommand;
import vn.gov.khcn.programme.ItemQuery;
import vn.gov.khcn.programme.ItemStatus;
import vn.gov.khcn.programme.WorkProgramme;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/**
 * The items the monthly work programmes assign to the department; the programme is named by its year and month.
 * Rows are created through {@link WorkProgrammes} (rules, access, audit).
 */
@Component
class ProgrammeItemSheet extends RecordImport<ItemQuery> {
    static final ItemStatus[] STATUSES = Arrays.stream(ItemStatus.values()).filter(s -> s != ItemStatus.OVERDUE).toArray(ItemStatus[]::new);
    static final Column YEAR = Column.integer("Năm", true, "Năm của Chương trình công tác giao nhiệm vụ.");
    static final Column MONTH = Column.integer("Tháng", true, "Tháng của Chương trình công tác (1–12); chương trình tháng đó phải có trong sổ.");
    static final Column TITLE = Column.text("Nội dung nhiệm vụ", true, 1000,
            "Nội dung được giao. Cùng nội dung trong chương trình cùng tháng thì dòng được bỏ qua.");
    static final Column DEADLINE = Column.date("Thời hạn", true, "Thời hạn hoàn thành, dạng dd/mm/yyyy.");
    static final Column STATUS = Column.choice("Trạng thái", false, labels(STATUSES, ItemStatus::label),
            "Để trống là Được giao. Quá hạn do hệ thống tự xác định theo thời hạn.");
    static final Column OUTCOME = Column.text("Kết quả thực hiện", false, 4000, "Kết quả đã đạt.");
    static final Column UNIT = Column.unit("Đơn vị chủ trì", false,
            "Tên hoặc mã đơn vị trong sơ đồ tổ chức của Sở. Để trống là Phòng Quản lý công nghệ và Sở hữu trí tuệ.");
    static final Column DOCUMENTS = Column.text("Văn bản kết quả", false, 2000, "Số, ký hiệu các văn bản trong sổ văn bản, cách nhau bởi dấu chấm phẩy; "
            + "thêm ngày nếu số trùng: ví dụ 1161/TTr-SKH&CN ngày 08/09/2021; 1155/SKH&CN-QL&CN&SHTT.");
    static final RegisterSpec SPEC = new RegisterSpec("programme-items", "Nhiệm vụ được giao theo Chương trình công tác", "Chương trình công tác",
            "Nhiem vu CTCT", List.of(YEAR, MONTH, TITLE, DEADLINE, STATUS, OUTCOME, UNIT, DOCUMENTS),
            "cùng tháng của chương trình và nội dung nhiệm vụ", List.of("work-programmes", "documents"));

    ProgrammeItemSheet(WorkProgrammes programmes, Documents documents) {
        super(SPEC, ItemQuery.class);
        existsWhen(row -> programmes.itemExists(WorkProgrammeSheet.month(row, YEAR, MONTH), row.text(TITLE)));
        createdBy((row, context) -> {
            WorkProgramme p = programmes.programmeOf(WorkProgrammeSheet.month(row, YEAR, MONTH)).orElseThrow(() -> new DomainException("programmeId",
                    "Chương trình công tác tháng " + row.integer(MONTH) + "/" + row.integer(YEAR) + " chưa có trong sổ: thêm chương trình "
                            + "(hoặc nhập tệp mẫu Chương trình công tác) trước."));
            programmes.recordItem(new ItemCommand(p.id(), row.text(TITLE), row.date(DEADLINE), row.choice(STATUS, STATUSES, ItemStatus::label),
                    row.text(OUTCOME), Optional.ofNullable(row.unit(UNIT)).orElse(Unit.TECHNOLOGY),
                    documents.requireReferencedAll(row.text(DOCUMENTS), "documentIds", "Văn bản kết quả").stream().map(Document::id).toList(),
                    null, context.reason()));
        });
        exportedBy((query, sink) -> {
            PagedExport.each(page -> programmes.items(query, page, PagedExport.SIZE), i -> {
                String docs = i.documents().stream().map(d -> d.numberSymbol() + " ngày " + Formats.date(d.issuedOn())).collect(Collectors.joining("; "));
                sink.accept(WorkProgrammeSheet.putMonth(SPEC.row(), YEAR, MONTH, i.month()).put(TITLE, i.title()).put(DEADLINE, i.deadline())
                        .put(STATUS, i.status().label()).put(OUTCOME, i.outcome()).put(UNIT, i.unit().label())
                        .put(DOCUMENTS, docs.isEmpty() ? null : docs).values());
            });
        });
    }

    @Override
    protected String identity(ImportRow row) {
        return WorkProgrammeSheet.month(row, YEAR, MONTH) + "|" + row.text(TITLE);
    }
}
