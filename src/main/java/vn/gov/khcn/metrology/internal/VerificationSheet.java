package vn.gov.khcn.metrology.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.ChoiceSource;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.Labels;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.RowWriter;
import vn.gov.khcn.metrology.InstrumentTypes;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationKind;
import vn.gov.khcn.metrology.VerificationLoad;
import vn.gov.khcn.metrology.VerificationQuery;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.metrology.VerificationTransfer;
import vn.gov.khcn.organisations.Organisations;

/**
 * The measuring-instrument verification register's spreadsheet. Built for volume: rows go to the register's bulk
 * load (COPY on PostgreSQL), validated as single records are; the same serial verified on the same date is skipped.
 * The import's reason goes with the load: a file reaching an issued report's period is refused without one.
 */
@Component
class VerificationSheet implements RegisterSheet<VerificationQuery> {
    static final Column SERIAL = Column.text("Số hiệu", true, 60, "Số sản xuất (serial) của phương tiện đo.");
    static final Column OWNER = Column.text("Chủ sở hữu", true, 500, "Tên tổ chức đúng như trong danh mục tổ chức.");
    static final Column ON = Column.date("Ngày kiểm định", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel; không sau hôm nay.");
    static final Column KIND = Column.choice("Hình thức", true, Labels.labels(VerificationKind.values(), VerificationKind::label),
            "Ban đầu, định kỳ hoặc sau sửa chữa.");
    static final Column RESULT = Column.choice("Kết quả", true, Labels.labels(VerificationResult.values(), VerificationResult::label),
            "Đạt hoặc Không đạt.");
    static final Column STAMP = Column.text("Số tem/GCN", false, 60, "Bắt buộc khi kết quả Đạt.");
    static final Column PERFORMED_BY = Column.text("Người thực hiện", false, 200, "Kiểm định viên.");
    private final InstrumentTypes types;
    private final VerificationTransfer transfer;
    private final Organisations organisations;
    /** The type column and the sheet: its choices are the instrument-type vocabulary's current entries, read at each use. */
    private final Described described;

    private record Described(Column type, RegisterSpec spec) {
    }

    VerificationSheet(InstrumentTypes types, VerificationTransfer transfer, Organisations organisations) {
        this.types = types;
        this.transfer = transfer;
        this.organisations = organisations;
        Column type = Column.vocabulary("Loại phương tiện đo", true,
                () -> types.all().stream().map(t -> new ChoiceSource.Choice(t.code(), t.name())).toList(),
                "Chọn trong danh mục loại phương tiện đo (tên hoặc mã); loại mới của tỉnh: thêm ở trang Danh mục.");
        this.described = new Described(type, new RegisterSpec("verifications", "Kiểm định phương tiện đo", "Đo lường", "Kiem dinh",
                List.of(type, SERIAL, OWNER, ON, KIND, RESULT, STAMP, PERFORMED_BY), "cùng số hiệu và ngày kiểm định",
                List.of("organisations")));
    }

    private Described described() {
        return described;
    }

    @Override
    public RegisterSpec spec() {
        return described().spec();
    }

    @Override
    public Class<VerificationQuery> queryType() {
        return VerificationQuery.class;
    }

    @Override
    public RowWriter open(long importId, String reason) {
        RegisterSpec spec = spec();
        // The bulk path reads millions of rows: each column's place in a row, each vocabulary's labels and each owner
        // are looked up once per import, not once per row.
        int type = spec.indexOf(described().type());
        int serial = spec.indexOf(SERIAL);
        int owner = spec.indexOf(OWNER);
        int on = spec.indexOf(ON);
        int kind = spec.indexOf(KIND);
        int result = spec.indexOf(RESULT);
        int stamp = spec.indexOf(STAMP);
        int performedBy = spec.indexOf(PERFORMED_BY);
        Map<String, VerificationKind> kinds = byLabel(VerificationKind.values(), VerificationKind::label);
        Map<String, VerificationResult> results = byLabel(VerificationResult.values(), VerificationResult::label);
        ImportContext context = new ImportContext(reason);
        Map<String, Long> owners = new HashMap<>();
        VerificationLoad load = transfer.load(importId, context.reason());
        return new RowWriter() {
            @Override
            public boolean write(ImportRow row) {
                Object[] cell = row.values();
                Long ownerId = owners.computeIfAbsent((String) cell[owner], name -> context.get("organisation", name,
                        () -> organisations.requireByName(name, "ownerId", "Chủ sở hữu")).id());
                return load.add(new VerificationCommand((String) cell[type], (String) cell[serial], ownerId, (LocalDate) cell[on],
                        kinds.get((String) cell[kind]), results.get((String) cell[result]), (String) cell[stamp], (String) cell[performedBy],
                        null, context.reason()));
            }

            @Override
            public String skipReason() {
                return "trùng một dòng phía trên trong tệp (cùng số hiệu và ngày kiểm định)";
            }

            @Override
            public String lateSkipReason() {
                return "đã có trong sổ (cùng số hiệu và ngày kiểm định)";
            }

            @Override
            public long finish() {
                return load.finish().skipped();
            }
        };
    }

    /** A vocabulary by the labels its choice column shows. */
    private static <E> Map<String, E> byLabel(E[] values, Function<E, String> label) {
        Map<String, E> m = new HashMap<>();
        for (E e : values) {
            m.put(label.apply(e), e);
        }
        return m;
    }

    @Override
    public void export(VerificationQuery query, Consumer<Object[]> sink) {
        Column type = described().type();
        RegisterSpec spec = spec();
        transfer.stream(query, v -> sink.accept(spec.row().put(type, v.typeName()).put(SERIAL, v.serial()).put(OWNER, v.ownerName())
                .put(ON, v.verifiedOn()).put(KIND, v.kind().label()).put(RESULT, v.result().label()).put(STAMP, v.stampNo())
                .put(PERFORMED_BY, v.performedBy()).values()));
    }
}
