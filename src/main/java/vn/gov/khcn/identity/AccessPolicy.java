package vn.gov.khcn.identity;

import org.springframework.security.access.AccessDeniedException;
import vn.gov.khcn.shared.Unit;

/**
 * Who may change what. Every register asks here before a write; the table in docs/security.md is
 * this class in words. Which unit keeps a register is data (the org chart, {@link DepartmentUnits}): an area names
 * its register's owner as {@link Unit#keeping}, which answers as the unit that keeps the register now.
 */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    /** May the user change a record that belongs to the unit (or to the register the unit stands for)? */
    public static boolean canEdit(CurrentUser u, Unit owner) {
        Unit keeper = owner.resolve();
        return switch (u.role()) {
            case ADMIN -> true;
            case UNIT_STAFF -> u.unit() != null && u.unit().equals(keeper);
            case OFFICE -> keeper.equals(Unit.OFFICE);
            case DIRECTOR, VIEWER -> false;
        };
    }

    /** May the user add to a shared reference register (organisations, documents)? */
    public static boolean canEditShared(CurrentUser u) {
        return u.role() == Role.ADMIN || u.role() == Role.OFFICE || u.role() == Role.UNIT_STAFF;
    }

    /** A shared-register record (a document) is corrected by the unit that registered it, or an administrator. */
    public static void requireEditOwned(CurrentUser u, Unit owner) {
        requireEditShared(u);
        if (u.role() != Role.ADMIN && !owner.equals(u.unit())) {
            throw new AccessDeniedException("Chỉ " + owner.label() + " (đơn vị đã vào sổ) được sửa hồ sơ này.");
        }
    }

    public static void requireEdit(CurrentUser u, Unit owner) {
        requireEdit(u, owner, null);
    }

    /** As {@link #requireEdit(CurrentUser, Unit)}; {@code register} names the register in the refusal when the owner does not. */
    public static void requireEdit(CurrentUser u, Unit owner, String register) {
        if (!canEdit(u, owner)) {
            throw new AccessDeniedException(refusal(u, owner, register));
        }
    }

    /**
     * Why the user may not change the owner's records, in the words of the org chart: "Bạn không có quyền sửa hồ sơ của
     * Trung tâm Ứng dụng tiến bộ KH&amp;CN (sổ kiểm định phương tiện đo): Phòng Quản lý khoa học không giữ sổ này."
     */
    public static String refusal(CurrentUser u, Unit owner, String register) {
        String name = owner.registerName() != null ? owner.registerName() : register;
        String who = u.unit() == null ? "tài khoản của bạn không thuộc đơn vị nào" : u.unit().label();
        return "Bạn không có quyền sửa hồ sơ của " + owner.label() + (name == null ? "" : " (sổ " + name + ")") + ": " + who
                + " không giữ sổ này.";
    }

    public static void requireEditShared(CurrentUser u) {
        if (!canEditShared(u)) {
            throw new AccessDeniedException("Bạn không có quyền thêm hoặc sửa hồ sơ dùng chung.");
        }
    }
}
