package vn.gov.khcn.identity;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The department's org chart as a register (decision 0017): its units ({@code department_unit}) and which unit keeps
 * which register ({@code department_unit_register}). Administrators add, rename, reorder and retire units and choose
 * the registers each keeps; every change is audited. A unit is never deleted: accounts, records and report slots hold
 * its code.
 *
 * <p>It is also the {@link Unit.Directory} every label and every access rule reads. The org chart is cached: a node
 * drops its copy when it writes (after the commit), and every {@code khcn.units.refresh-ms} (2 s) it compares the
 * stamp of the table (the count of units plus the sum of their versions, each change raising a version) and reloads
 * when another node changed it. A node that cannot read the table keeps the copy it has.
 */
@Service
public class DepartmentUnits implements Unit.Directory {
    static final String AUDIT = "departmentUnit";
        private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final OrgChartCache cache;

    DepartmentUnits(JdbcClient jdbc, AuditTrail audit, @Value("${khcn.units.refresh-ms:2000}") long refreshMs) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.cache = new OrgChartCache(jdbc, refreshMs);
        Unit.use(this);
    }

    @PreDestroy
    void close() {
        Unit.release(this);
    }

    @Override
    public String label(String code) {
        DepartmentUnit u = cache.chart().units().get(code);
        return u == null ? null : u.name();
    }

    @Override
    public int order(String code) {
        DepartmentUnit u = cache.chart().units().get(code);
        return u == null ? Integer.MAX_VALUE : u.position();
    }

    @Override
    public boolean retired(String code) {
        DepartmentUnit u = cache.chart().units().get(code);
        return u != null && u.retired();
    }

    @Override
    public List<String> active() {
        return cache.chart().active();
    }

    @Override
    public String keeper(String register) {
        return cache.chart().keepers().get(register);
    }

    // ---- the register ----

    /** Every unit, retired ones too, in the org chart's order. */
    public List<DepartmentUnit> list() {
        return cache.chart().units().values().stream()
                .sorted(java.util.Comparator.comparingInt(DepartmentUnit::position).thenComparing(DepartmentUnit::code)).toList();
    }

    public DepartmentUnit get(String code) {
        DepartmentUnit u = code == null ? null : cache.chart().units().get(code.strip());
        if (u == null) {
            throw new vn.gov.khcn.shared.NotFoundException("đơn vị", code);
        }
        return u;
    }

    /** The registers a unit can keep, key → name ("kiểm định phương tiện đo"), by key. */
    public Map<String, String> registers() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String key : cache.chart().keepers().keySet()) {
            out.put(key, Unit.registerName(key));
        }
        return out;
    }

    /** The unit that keeps a register now. */
    public Unit keeperOf(String register) {
        String code = keeper(register);
        return code == null ? null : Unit.valueOf(code);
    }

    @Transactional
    public DepartmentUnit add(UnitCommand c) {
        requireAdmin();
        String code = c.code() == null ? "" : c.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]{1,19}")) {
            throw new DomainException("code", "Mã đơn vị gồm 2–20 ký tự: chữ in hoa không dấu, số hoặc gạch dưới, bắt đầu bằng chữ (ví dụ DIGITAL).");
        }
        lockChart();
        if (find(code) != null) {
            throw new DomainException("code", "Đã có đơn vị mã " + code + " (" + find(code).name() + "): không thêm lần nữa.");
        }
        String name = name(c.name(), null);
        String shortName = shortName(c.shortName());
        int position = c.position() != null ? c.position()
                : jdbc.sql("select coalesce(max(position), 0) + 10 from department_unit").query(Integer.class).single();
        boolean retired = Boolean.TRUE.equals(c.retired());
        jdbc.sql("insert into department_unit(code, name, name_folded, short_name, position, retired) values (:c, :n, :f, :s, :p, :r)")
                .param("c", code).param("n", name).param("f", VietnameseText.fold(name)).param("s", shortName).param("p", position)
                .param("r", retired).update();
        cache.invalidate();
        DepartmentUnit added = find(code);
        audit.record(AUDIT, added.id(), "CREATE", null, added);
        if (c.registers() != null && !c.registers().isEmpty()) {
            return keep(added, c.registers());
        }
        return added;
    }

    /** Renames, reorders, retires or brings back a unit, and sets the registers it keeps. */
    @Transactional
    public DepartmentUnit change(String code, UnitCommand c) {
        requireAdmin();
        lockChart();
        DepartmentUnit before = find(code == null ? "" : code.strip());
        if (before == null) {
            throw new vn.gov.khcn.shared.NotFoundException("đơn vị", code);
        }
        if (c.version() == null) {
            throw new VersionRequiredException("đơn vị");
        }
        if (c.version() != before.version()) {
            throw new ConcurrentEditException("Đơn vị \"" + before.name() + "\"", before,
                    audit.history(AUDIT, before.id()).stream().findFirst().map(a -> a.username() + ", " + vn.gov.khcn.shared.Formats.dateTime(a.at()))
                            .orElse(null));
        }
        String name = c.name() == null ? before.name() : name(c.name(), before.code());
        String shortName = c.shortName() == null ? before.shortName() : shortName(c.shortName());
        int position = c.position() == null ? before.position() : c.position();
        boolean retired = c.retired() == null ? before.retired() : c.retired();
        List<String> registers = c.registers() == null ? before.registers() : c.registers();
        if (retired && !registers.isEmpty()) {
            throw new DomainException("retired", before.name() + " đang giữ " + names(registers)
                    + ": giao các sổ này cho đơn vị khác trước khi thôi dùng đơn vị.");
        }
        jdbc.sql("update department_unit set name = :n, name_folded = :f, short_name = :s, position = :p, retired = :r, version = version + 1 where id = :id")
                .param("n", name).param("f", VietnameseText.fold(name)).param("s", shortName).param("p", position).param("r", retired)
                .param("id", before.id()).update();
        cache.invalidate();
        DepartmentUnit after = find(before.code());
        audit.record(AUDIT, after.id(), retired && !before.retired() ? "RETIRE" : "UPDATE", before, after);
        return c.registers() == null ? after : keep(after, c.registers());
    }

    /** Gives one register to a unit (from the unit that kept it); nothing to do when the unit keeps it already. */
    @Transactional
    public DepartmentUnit assign(String register, String code) {
        requireAdmin();
        lockChart();
        DepartmentUnit unit = find(code == null ? "" : code.strip());
        if (unit == null) {
            throw new vn.gov.khcn.shared.NotFoundException("đơn vị", code);
        }
        List<String> registers = new ArrayList<>(unit.registers());
        if (!registers.contains(register)) {
            registers.add(register);
        }
        return keep(unit, registers);
    }

    /** Makes {@code unit} keep exactly {@code registers}: each named one moves here from its keeper (audited on both). */
    private DepartmentUnit keep(DepartmentUnit unit, List<String> registers) {
        Set<String> wanted = new LinkedHashSet<>();
        Map<String, String> keepers = currentKeepers();
        for (String r : registers) {
            String key = r == null ? "" : r.strip();
            if (!keepers.containsKey(key)) {
                throw new DomainException("registers", "Không có sổ \"" + r + "\"; các sổ: " + String.join(", ", keepers.keySet()) + ".");
            }
            wanted.add(key);
        }
        if (unit.retired() && !wanted.isEmpty()) {
            throw new DomainException("registers", unit.name() + " đã thôi dùng: không giữ sổ nào.");
        }
        List<String> dropped = unit.registers().stream().filter(r -> !wanted.contains(r)).toList();
        if (!dropped.isEmpty()) {
            throw new DomainException("registers", "Sổ " + names(dropped) + " cần một đơn vị giữ: hãy chọn sổ ở đơn vị sẽ giữ sổ thay "
                    + unit.name() + ".");
        }
        Set<String> from = new LinkedHashSet<>();
        for (String key : wanted) {
            String was = keepers.get(key);
            if (!Objects.equals(was, unit.code())) {
                from.add(was);
                jdbc.sql("update department_unit_register set unit_code = :u where register_key = :k").param("u", unit.code()).param("k", key).update();
            }
        }
        if (from.isEmpty()) {
            return unit;
        }
        Map<String, DepartmentUnit> before = new HashMap<>();
        for (String code : from) {
            before.put(code, find(code));
        }
        jdbc.sql("update department_unit set version = version + 1 where code = :c").param("c", unit.code()).update();
        for (String code : from) {
            jdbc.sql("update department_unit set version = version + 1 where code = :c").param("c", code).update();
        }
        cache.invalidate();
        DepartmentUnit after = find(unit.code());
        audit.record(AUDIT, after.id(), "KEEP_REGISTERS", unit, after);
        for (String code : from) {
            DepartmentUnit other = find(code);
            audit.record(AUDIT, other.id(), "KEEP_REGISTERS", before.get(code), other);
        }
        return after;
    }

    private Map<String, String> currentKeepers() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("select register_key, unit_code from department_unit_register order by register_key")
                .query((rs, i) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    /** The unit as the table has it now (inside the writing transaction: never the cache). */
    private DepartmentUnit find(String code) {
        List<String> registers = jdbc.sql("select register_key from department_unit_register where unit_code = :c order by register_key")
                .param("c", code).query(String.class).list();
        return jdbc.sql("select id, code, name, short_name, position, retired, version from department_unit where code = :c").param("c", code)
                .query((rs, i) -> new DepartmentUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getBoolean(6), List.copyOf(registers), rs.getInt(7)))
                .optional().orElse(null);
    }

    /** Changes of the org chart take turns: two administrators moving the same register cannot both win. */
    private void lockChart() {
        jdbc.sql("select id from department_unit order by id for update").query(Long.class).list();
    }

    private String name(String raw, String exceptCode) {
        String name = VietnameseText.clean(raw);
        if (name == null) {
            throw new DomainException("name", "Cần tên đơn vị (như in trên báo cáo, ví dụ \"Phòng Chuyển đổi số\").");
        }
        if (name.length() > 200) {
            throw new DomainException("name", "Tên đơn vị dài quá 200 ký tự.");
        }
        String folded = VietnameseText.fold(name);
        List<String> same = jdbc.sql("select code, name from department_unit").query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list().stream().filter(r -> !r[0].equals(exceptCode) && VietnameseText.fold(r[1]).equals(folded)).map(r -> r[1]).toList();
        if (!same.isEmpty()) {
            throw new DomainException("name", "Đã có đơn vị \"" + same.get(0) + "\": hai đơn vị không trùng tên.");
        }
        return name;
    }

    private static String shortName(String raw) {
        String s = VietnameseText.clean(raw);
        if (s != null && s.length() > 60) {
            throw new DomainException("shortName", "Tên ngắn dài quá 60 ký tự.");
        }
        return s;
    }

    private static String names(List<String> registers) {
        return String.join(", ", registers.stream().map(r -> "\"" + Unit.registerName(r) + "\"").toList());
    }

    private static void requireAdmin() {
        if (!CurrentUser.get().is(Role.ADMIN)) {
            throw new AccessDeniedException("Chỉ quản trị hệ thống được sửa sơ đồ tổ chức của Sở.");
        }
    }
}
