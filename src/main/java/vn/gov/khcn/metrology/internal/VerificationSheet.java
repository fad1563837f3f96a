package vn.gov.khcn.metrology.internal;

import vn.gov.khcn.exchange.spi.ImportRow;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.RowWriter;
import vn.gov.khcn.metrology.InstrumentType;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.metrology.Verification;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationFilter;
import vn.gov.khcn.metrology.VerificationKind;
import vn.gov.khcn.metrology.VerificationLoad;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.metrology.VerificationTransfer;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.exchange.spi.ListFilters;

/**
 * The measuring-instrument verification register's spreadsheet. Built for volume: rows go to the
 * register's bulk load (COPY on PostgreSQL), validated as single records are; the same serial verified
 * on the same date is skipped.
 */
@Component
class VerificationSheet implements RegisterSheet<ListFilters> {
    private final Metrology metrology;
    private final VerificationTransfer transfer;
    private final Organisations organisations;
    private volatile RegisterSpec spec;

    VerificationSheet(Metrology metrology, VerificationTransfer transfer, Organisations organisations) {
        this.metrology = metrology;
        this.transfer = transfer;
        this.organisations = organisations;
    }

    @Override
    public RegisterSpec spec() {
        RegisterSpec s = spec;
        if (s == null) {
            // the instrument types are a vocabulary table: read once
            s = new RegisterSpec("verifications", "Kiểm định phương tiện đo", "Đo lường", "Kiem dinh", List.of(
                    Column.choice("Loại phương tiện đo", true, metrology.types().stream().map(InstrumentType::name).toList(),
                            "Chọn trong danh mục loại phương tiện đo."),
                    Column.text("Số hiệu", true, 60, "Số sản xuất (serial) của phương tiện đo."),
                    Column.text("Chủ sở hữu", true, 500, "Tên tổ chức đúng như trong danh mục tổ chức."),
                    Column.date("Ngày kiểm định", true, "Ngày dạng dd/mm/yyyy hoặc ô ngày của Excel; không sau hôm nay."),
                    Column.choice("Hình thức", true, Arrays.stream(VerificationKind.values()).map(VerificationKind::label).toList(),
                            "Ban đầu, định kỳ hoặc sau sửa chữa."),
                    Column.choice("Kết quả", true, Arrays.stream(VerificationResult.values()).map(VerificationResult::label).toList(),
                            "Đạt hoặc Không đạt."),
                    Column.text("Số tem/GCN", false, 60, "Bắt buộc khi kết quả Đạt."),
                    Column.text("Người thực hiện", false, 200, "Kiểm định viên.")),
                    "cùng số hiệu và ngày kiểm định", List.of("organisations"));
            spec = s;
        }
        return s;
    }

    @Override
    public Class<ListFilters> queryType() {
        return ListFilters.class;
    }

    @Override
    public RowWriter open(long importId, String reason) {
        Map<String, String> typeCodes = new HashMap<>();
        metrology.types().forEach(t -> typeCodes.put(t.name(), t.code()));
        Map<String, Long> owners = new HashMap<>();
        VerificationLoad load = transfer.load(importId);
        return new RowWriter() {
            @Override
            public boolean write(ImportRow row) {
                Long owner = owners.computeIfAbsent(row.text(2), n -> organisations.findByName(n).map(Organisation::id).orElseThrow(() ->
                        new DomainException("ownerId", "Chủ sở hữu \"" + n + "\" chưa có trong danh mục tổ chức: "
                                + "thêm vào danh mục (hoặc nhập tệp mẫu Tổ chức) trước.")));
                return load.add(new VerificationCommand(typeCodes.get(row.text(0)), row.text(1), owner, row.date(3),
                        byLabel(VerificationKind.values(), row.text(4)), byLabel(VerificationResult.values(), row.text(5)),
                        row.text(6), row.text(7), null, null));
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

    @Override
    public void export(ListFilters f, Consumer<Object[]> sink) {
        transfer.stream(new VerificationFilter(f.text("type"), f.integer("year"), f.choice("result", VerificationResult.class),
                f.id("owner"), f.text("serial"), f.date("from"), f.date("to")), v -> sink.accept(toRow(v)));
    }

    private static <E extends Enum<E>> E byLabel(E[] values, String label) {
        for (E e : values) {
            String l = e instanceof VerificationKind k ? k.label() : ((VerificationResult) e).label();
            if (l.equals(label)) {
                return e;
            }
        }
        return null;
    }

    public static Object[] toRow(Verification v) {
        return new Object[] {v.typeName(), v.serial(), v.ownerName(), v.verifiedOn(), v.kind().label(), v.result().label(),
                v.stampNo(), v.performedBy()};
    }
}
