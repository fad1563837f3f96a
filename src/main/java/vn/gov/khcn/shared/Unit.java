package vn.gov.khcn.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unit of the department (phòng, chi cục, trung tâm…): a code that records and accounts store, its name as it prints
 * and its place in the org chart. The org chart is a register ({@code department_unit}, {@code identity.DepartmentUnits},
 * decision 0017): the labels, the order, the retired units and which unit keeps which register come from there,
 * through the {@link Directory} the application installs; without one (a test without the application) the demo's
 * seven units answer with the labels the migration seeds.
 *
 * <p>The constants are the demo's well-known units the code still names (the demo's accounts, a default owner).
 * A unit is one instance per code ({@link #valueOf}), so units compare by {@code ==} as the enum did. A register
 * whose keeper is data is named in code by {@link #keeping(String, String, Unit)}: a reference that answers as the unit
 * that keeps the register now.
 */
@io.swagger.v3.oas.annotations.media.Schema(type = "string", description = "Mã đơn vị trong sơ đồ tổ chức của Sở (các mã: GET /api/units)",
        example = "OFFICE")
public final class Unit implements Code, Comparable<Unit>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, Unit> BY_CODE = new ConcurrentHashMap<>();

    public static final Unit DIRECTORATE = seed("DIRECTORATE", "Ban Giám đốc", 10);
    public static final Unit OFFICE = seed("OFFICE", "Văn phòng Sở", 20);
    public static final Unit SCIENCE = seed("SCIENCE", "Phòng Quản lý khoa học", 30);
    public static final Unit TECHNOLOGY = seed("TECHNOLOGY", "Phòng Quản lý công nghệ và Sở hữu trí tuệ", 40);
    public static final Unit TDC = seed("TDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", 50);
    public static final Unit INSPECTORATE = seed("INSPECTORATE", "Thanh tra Sở", 60);
    public static final Unit CENTRE = seed("CENTRE", "Trung tâm Ứng dụng tiến bộ KH&CN", 70);

    private static final List<Unit> SEEDED = List.of(DIRECTORATE, OFFICE, SCIENCE, TECHNOLOGY, TDC, INSPECTORATE, CENTRE);
    private static final Map<String, String> REGISTER_NAMES = new ConcurrentHashMap<>();
    private static final java.util.concurrent.CopyOnWriteArrayList<Directory> DIRECTORIES = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static volatile Directory directory;

    /** What the org chart says now; the application's {@code identity.DepartmentUnits} (cached, refreshed). */
    public interface Directory {
        /** The unit's name as it prints, or null for a code the org chart does not have. */
        String label(String code);

        /** The unit's place in the org chart (lists, pickers). */
        int order(String code);

        /** Is the unit retired (hidden from pickers, still printed on its records)? */
        boolean retired(String code);

        /** The codes of the units in use, in order. */
        List<String> active();

        /** The code of the unit that keeps the register, or null when the org chart names none. */
        String keeper(String register);
    }

    private final String code;
    private final String seedLabel;
    private final int seedOrder;
    /** For a reference to a register's keeper: the register's key, its name and today's keeper; else null. */
    private final String register;
    private final String registerName;
    private final Unit seedKeeper;

    private Unit(String code, String label, int order, String register, String registerName, Unit seedKeeper) {
        this.code = code;
        this.seedLabel = label;
        this.seedOrder = order;
        this.register = register;
        this.registerName = registerName;
        this.seedKeeper = seedKeeper;
    }

    private static Unit seed(String code, String label, int order) {
        Unit u = new Unit(code, label, order, null, null, null);
        BY_CODE.put(code, u);
        return u;
    }

    /**
     * Installs the org chart the application reads (one per application; the last one started, or the last one asked
     * for again, wins: tests that keep several applications in one JVM name the one they use).
     */
    public static synchronized void use(Directory d) {
        DIRECTORIES.remove(d);
        DIRECTORIES.add(d);
        directory = d;
    }

    /** Removes an org chart (its application stops): the one installed before it answers again. */
    public static synchronized void release(Directory d) {
        DIRECTORIES.remove(d);
        directory = DIRECTORIES.isEmpty() ? null : DIRECTORIES.get(DIRECTORIES.size() - 1);
    }

    /** The name of a register whose keeper is data ("kiểm định phương tiện đo"), its key when no code names it. */
    public static String registerName(String register) {
        return REGISTER_NAMES.getOrDefault(register, register);
    }

    /**
     * The unit that keeps {@code register} (its key in {@code department_unit_register}, named {@code name} in
     * messages), {@code today} when the org chart names no keeper (a test without the application).
     */
    public static Unit keeping(String register, String name, Unit today) {
        REGISTER_NAMES.put(register, name);
        return new Unit(null, null, 0, Objects.requireNonNull(register), Objects.requireNonNull(name), Objects.requireNonNull(today));
    }

    /** The unit of a code as the column, JSON, a form or a query parameter holds it; an unknown code is refused. */
    @JsonCreator
    public static Unit valueOf(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        Unit known = BY_CODE.get(c);
        if (known != null) {
            return known;
        }
        Directory d = directory;
        if (d != null && d.label(c) != null) {
            return BY_CODE.computeIfAbsent(c, k -> new Unit(k, k, 1000, null, null, null));
        }
        throw new IllegalArgumentException("Không có đơn vị \"" + c + "\" trong sơ đồ tổ chức của Sở.");
    }

    /** The unit of a code, empty when the org chart does not have it. */
    public static Optional<Unit> find(String code) {
        try {
            return Optional.ofNullable(valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The units in use (not retired), in the org chart's order: what a picker offers. */
    public static Unit[] values() {
        Directory d = directory;
        if (d == null) {
            return SEEDED.toArray(Unit[]::new);
        }
        return d.active().stream().map(Unit::valueOf).toArray(Unit[]::new);
    }

    /** The units in use by their names as they print, in order: a picker's options. */
    public static Map<Unit, String> labels() {
        Map<Unit, String> out = new java.util.LinkedHashMap<>();
        for (Unit u : values()) {
            out.put(u, u.label());
        }
        return out;
    }

    /** The concrete unit: itself, or for a register's reference the unit that keeps the register now. */
    public Unit resolve() {
        if (register == null) {
            return this;
        }
        Directory d = directory;
        String keeper = d == null ? null : d.keeper(register);
        return keeper == null ? seedKeeper : valueOf(keeper);
    }

    /** A unit read back from a session is the one instance of its code (units compare by {@code ==}). */
    private Object readResolve() {
        if (register != null) {
            return this;
        }
        Unit known = BY_CODE.get(code);
        return known != null ? known : BY_CODE.computeIfAbsent(code, k -> this);
    }

    /** The code, as the column, JSON and templates hold it. */
    @JsonValue
    @Override
    public String name() {
        return resolve().code;
    }

    public String code() {
        return name();
    }

    /** The unit's name as it prints (from the org chart). */
    public String label() {
        Unit u = resolve();
        Directory d = directory;
        String l = d == null ? null : d.label(u.code);
        return l == null ? u.seedLabel : l;
    }

    public int order() {
        Unit u = resolve();
        Directory d = directory;
        return d == null || d.label(u.code) == null ? u.seedOrder : d.order(u.code);
    }

    public boolean retired() {
        Unit u = resolve();
        Directory d = directory;
        return d != null && d.label(u.code) != null && d.retired(u.code);
    }

    /** The key of the register this reference stands for, empty for a plain unit. */
    public Optional<String> register() {
        return Optional.ofNullable(register);
    }

    /** The register's name ("kiểm định phương tiện đo") for a register's reference, else null. */
    public String registerName() {
        return registerName;
    }

    /** The org chart's order, then the code. */
    public static final Comparator<Unit> ORDER = Comparator.comparingInt(Unit::order).thenComparing(Unit::name);

    @Override
    public int compareTo(Unit o) {
        return ORDER.compare(this, o);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && name().equals(u.name());
    }

    @Override
    public int hashCode() {
        return name().hashCode();
    }

    @Override
    public String toString() {
        return name();
    }
}
