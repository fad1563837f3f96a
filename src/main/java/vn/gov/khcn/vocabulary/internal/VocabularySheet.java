package vn.gov.khcn.vocabulary.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.Labels;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.shared.VietnameseText;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyCommand;
import vn.gov.khcn.vocabulary.VocabularyEntry;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyQuery;

/**
 * The vocabularies by spreadsheet: a department sends its own entries (a province's instrument types, its ratings)
 * in one file; rows are added through {@link Vocabularies} (rules, access, audit). An entry is identified in its list
 * by its code, or by its label with diacritics and case ignored; one already there is skipped.
 */
@Component
class VocabularySheet extends RecordImport<VocabularyQuery> {
    private static final String YES = "Có";
    private static final String NO = "Không";
    static final Column LIST = Column.choice("Danh mục", true, Labels.labels(VocabularyList.values(), VocabularyList::label),
            "Danh mục của mục: cấp nhiệm vụ, xếp loại nghiệm thu, loại phương tiện đo…");
    static final Column CODE = Column.text("Mã", false, 20, "Chữ in hoa không dấu, chữ số, dấu gạch dưới; để trống: hệ thống tự đặt theo tên.");
    static final Column LABEL = Column.text("Tên", true, 300, "Tên như in trên hồ sơ, báo cáo, có dấu.");
    static final Column POSITION = Column.integer("Thứ tự", false, "Vị trí trong danh sách chọn; để trống: cuối danh sách.");
    static final Column PASSING = Column.choice("Đạt", false, List.of(YES, NO), "Chỉ với xếp loại nghiệm thu, bắt buộc: Có (đạt) hoặc Không.");
    static final Column INTERVAL = Column.integer("Chu kỳ kiểm định (tháng)", false, "Chỉ với loại phương tiện đo, bắt buộc: số tháng.");
    static final Column RETIRED = Column.choice("Thôi dùng", false, List.of(YES, NO), "Có: ẩn khỏi danh sách chọn; để trống: đang dùng.");
    static final RegisterSpec SPEC = new RegisterSpec("vocabularies", "Danh mục dùng chung", "Danh mục", "Danh muc dung chung",
            List.of(LIST, CODE, LABEL, POSITION, PASSING, INTERVAL, RETIRED),
            "cùng danh mục và cùng mã, hoặc cùng tên (không kể dấu, hoa thường)", List.of());

    VocabularySheet(Vocabularies vocabularies) {
        super(SPEC, VocabularyQuery.class);
        existsWhen(row -> {
            VocabularyList list = list(row);
            if (row.text(CODE) != null && vocabularies.find(list, row.code(CODE)).isPresent()) {
                return true;
            }
            String folded = VietnameseText.fold(row.text(LABEL));
            return vocabularies.entries(list).stream().anyMatch(e -> VietnameseText.fold(e.label()).equals(folded));
        });
        createdBy((row, context) -> vocabularies.add(new VocabularyCommand(list(row), row.text(CODE), row.text(LABEL), row.intValue(POSITION), YES.equals(row.text(RETIRED)),
                row.text(PASSING) == null ? null : YES.equals(row.text(PASSING)), row.intValue(INTERVAL), null, context.reason())));
        exportedBy((query, sink) -> PagedExport.each(n -> vocabularies.search(query, n, PagedExport.SIZE), (VocabularyEntry e) -> sink.accept(SPEC.row()
                .put(LIST, e.list().label()).put(CODE, e.code()).put(LABEL, e.label()).put(POSITION, e.position())
                .put(PASSING, e.passing() == null ? null : e.passing() ? YES : NO).put(INTERVAL, e.intervalMonths())
                .put(RETIRED, e.retired() ? YES : null).values())));
    }

    private static VocabularyList list(ImportRow row) {
        return row.choice(LIST, VocabularyList.values(), VocabularyList::label);
    }

    @Override
    protected String identity(ImportRow row) {
        return list(row) + "|" + (row.text(CODE) != null ? "code:" + row.code(CODE)
                : "label:" + VietnameseText.fold(row.text(LABEL)));
    }
}
