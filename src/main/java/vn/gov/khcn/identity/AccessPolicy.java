package vn.gov.khcn.identity;

import org.springframework.security.access.AccessDeniedException;
import vn.gov.khcn.shared.Unit;

/**
 * Who may change what. Every register asks here before a write; the table in docs/security.md is
 * this class in words.
 */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    /** May the user change a record that belongs to the unit? */
    public static boolean canEdit(CurrentUser u, Unit owner) {
        return switch (u.role()) {
            case ADMIN -> true;
            case UNIT_STAFF -> u.unit() != null && u.unit() == owner;
            case OFFICE -> owner == Unit.OFFICE;
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
        if (u.role() != Role.ADMIN && u.unit() != owner) {
            throw new AccessDeniedException("Chỉ " + owner.label() + " (đơn vị đã vào sổ) được sửa hồ sơ này.");
        }
    }

    public static void requireEdit(CurrentUser u, Unit owner) {
        if (!canEdit(u, owner)) {
            throw new AccessDeniedException("Bạn không có quyền sửa hồ sơ của " + owner.label() + ".");
        }
    }

    public static void requireEditShared(CurrentUser u) {
        if (!canEditShared(u)) {
            throw new AccessDeniedException("Bạn không có quyền thêm hoặc sửa hồ sơ dùng chung.");
        }
    }
}
