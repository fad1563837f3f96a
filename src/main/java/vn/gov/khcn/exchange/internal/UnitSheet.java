package vn.gov.khcn.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.DepartmentUnit;
import vn.gov.khcn.identity.DepartmentUnits;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UnitCommand;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The department's org chart by spreadsheet (decision 0017): code, name, short name, order and the registers each unit
 * keeps (keys or names separated by ";"), and whether it is retired ("Thôi dùng": Có / Không). A row whose code the org chart
 * lacks adds the unit; a row of a unit it has renames, reorders, retires or brings it back and gives it the registers named (a
 * blank cell leaves a value as it is). A unit is retired, never deleted: its row stays in the export, marked "Có". Every row goes through
 * {@link DepartmentUnits} (its rules, audit); administrators only. It lives here, not in {@code identity}, because the
 * exchange module already depends on {@code identity} (the other way round would be a cycle).
 */
@Component
class UnitSheet extends RecordImport<UnitSheet.Query> {
    static final Column CODE = Column.text("Mã đơn vị", true, 20,
            "2–20 ký tự: chữ in hoa không dấu, số hoặc gạch dưới (ví dụ DIGITAL). Mã đã có thì dòng sửa đơn vị đó.");
    static final Column NAME = Column.text("Tên đơn vị", true, 200, "Tên như in trên báo cáo, có dấu (ví dụ: Phòng Chuyển đổi số).");
    static final Column SHORT_NAME = Column.text("Tên ngắn", false, 60, "Tên ngắn hiện trong danh sách; để trống nếu không có.");
    static final Column POSITION = Column.integer("Thứ tự", false, "Vị trí trong sơ đồ tổ chức (số nhỏ đứng trước); để trống: đơn vị mới đứng cuối.");
    static final Column REGISTERS = Column.text("Sổ đơn vị giữ", false, 1000,
            "Mã hoặc tên các sổ đơn vị giữ (ví dụ outreach hoặc thông tin, truyền thông), cách nhau bằng dấu chấm phẩy; sổ nêu ở đây chuyển "
                    + "về đơn vị này. Để trống: đơn vị mới không giữ sổ nào, đơn vị đã có giữ nguyên các sổ.");
    static final List<String> YES_NO = List.of("Có", "Không");
    static final Column RETIRED = Column.choice("Thôi dùng", false, YES_NO,
            "Có: đơn vị thôi dùng (không xóa: tài khoản, hồ sơ, mục báo cáo cũ vẫn ghi mã của đơn vị; các sổ đơn vị giữ phải giao cho "
                    + "đơn vị khác trước); Không: đơn vị đang dùng (đưa đơn vị đã thôi dùng trở lại). Để trống: đơn vị mới đang dùng, đơn vị đã có giữ nguyên.");
    static final RegisterSpec SPEC = new RegisterSpec("units", "Đơn vị của Sở", "Danh mục", "Don vi",
            List.of(CODE, NAME, SHORT_NAME, POSITION, REGISTERS, RETIRED), "cùng mã đơn vị", List.of());
    private final DepartmentUnits units;

    /** The org chart's export takes no filter. */
    record Query() {
    }

    UnitSheet(DepartmentUnits units) {
        super(SPEC, Query.class);
        this.units = units;
    }

    @Override
    protected String identity(ImportRow row) {
        return row.text(CODE).toUpperCase(Locale.ROOT);
    }

    /**
     * A unit the org chart has is changed, not skipped, unless the row changes nothing (the same file imported again
     * writes nothing).
     */
    @Override
    protected boolean exists(ImportRow row) {
        String code = identity(row);
        DepartmentUnit known = units.list().stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
        if (known == null || !known.name().equals(row.text(NAME))) {
            return false;
        }
        String shortName = row.text(SHORT_NAME);
        Integer position = row.intValue(POSITION);
        List<String> registers = registers(row.text(REGISTERS));
        Boolean retired = retired(row);
        return (retired == null || retired == known.retired()) && (shortName == null || shortName.equals(known.shortName())) && (position == null || position == known.position())
                && (registers == null || new java.util.HashSet<>(registers).equals(new java.util.HashSet<>(known.registers())));
    }

    @Override
    protected void create(ImportRow row, ImportContext context) {
        if (!CurrentUser.get().is(Role.ADMIN)) {
            throw new AccessDeniedException("Chỉ quản trị hệ thống được nhập sơ đồ tổ chức của Sở.");
        }
        String code = identity(row);
        List<String> registers = registers(row.text(REGISTERS));
        try {
            DepartmentUnit known = units.list().stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
            if (known == null) {
                units.add(new UnitCommand(code, row.text(NAME), row.text(SHORT_NAME), row.intValue(POSITION), retired(row), registers, null));
            } else {
                units.change(code, new UnitCommand(null, row.text(NAME), row.text(SHORT_NAME), row.intValue(POSITION), retired(row), registers,
                        known.version()));
            }
        } catch (DomainException e) {
            Column column = switch (e.field() == null ? "" : e.field()) {
                case "code" -> CODE;
                case "name" -> NAME;
                case "shortName" -> SHORT_NAME;
                case "registers" -> REGISTERS;
                case "retired" -> RETIRED;
                default -> null;
            };
            if (column == null) {
                throw e;
            }
            // name the column: the engine names the sheet and the row
            throw new DomainException(e.field(), "Cột " + Cells.letter(SPEC.indexOf(column)) + " (" + column.heading() + "): " + e.getMessage());
        }
    }

    /** The "Thôi dùng" cell: true for "Có", false for "Không", null when blank (a unit's state left as it is). */
    private static Boolean retired(ImportRow row) {
        String cell = row.text(RETIRED);
        return cell == null || cell.isBlank() ? null : "Có".equals(cell);
    }

    /** The registers named in the cell, by key or name (case and diacritics ignored); null for a blank cell. */
    private List<String> registers(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Map<String, String> known = units.registers();
        List<String> out = new ArrayList<>();
        for (String part : cell.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String folded = VietnameseText.fold(p);
            String key = known.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(p) || VietnameseText.fold(e.getValue()).equals(folded))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new DomainException("registers", "Cột " + Cells.letter(SPEC.indexOf(REGISTERS)) + " (" + REGISTERS.heading()
                            + "): không có sổ \"" + p + "\"; các sổ: " + String.join("; ",
                                    known.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()) + "."));
            if (!out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /** Every unit, the retired ones marked "Có" (imported again, the file changes nothing), in the org chart's order. */
    @Override
    public void export(Query query, Consumer<Object[]> sink) {
        for (DepartmentUnit u : units.list()) {
            sink.accept(SPEC.row().put(CODE, u.code()).put(NAME, u.name()).put(SHORT_NAME, u.shortName())
                    .put(POSITION, (long) u.position()).put(REGISTERS, String.join("; ", u.registers()))
                    .put(RETIRED, u.retired() ? "Có" : "Không").values());
        }
    }
}
