package vn.gov.khcn.identity.web;

import org.springframework.stereotype.Component;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.Unit;

/**
 * What the signed-in user may do, for templates: {@code ${@can.write(owner)}} before an "add", "save" or import
 * control. The rule is {@link AccessPolicy}'s, the one the services enforce, so a page offers only what will be
 * accepted: a viewer or the directorate nothing, a unit's staff their own unit's registers.
 */
@Component("can")
public class PageAccess {
    /**
     * May the user add to or change records of {@code owner} (a {@link Unit} or its name)? Without an owner (a
     * register every unit keeps for itself, a shared register): may the user write at all.
     */
    public boolean write(Object owner) {
        return CurrentUser.signedIn().map(u -> owner == null ? AccessPolicy.canEditShared(u)
                : AccessPolicy.canEdit(u, owner instanceof Unit x ? x : Unit.valueOf(owner.toString()))).orElse(false);
    }

    /** May the user write in any register at all (the office, a unit's staff, an administrator)? */
    public boolean writeAny() {
        return write(null);
    }

    /** Is the user an administrator (user accounts, sign-in throttles)? */
    public boolean admin() {
        return CurrentUser.signedIn().map(u -> u.is(vn.gov.khcn.identity.Role.ADMIN)).orElse(false);
    }

    /** May the user read the audit trail (everyone signed in but a viewer, as {@code /audit} allows)? */
    public boolean audit() {
        return CurrentUser.signedIn().map(u -> !u.is(vn.gov.khcn.identity.Role.VIEWER)).orElse(false);
    }

    /** Why a control is missing, for a page that shows a record read-only. */
    public String refusal(Object owner) {
        if (owner == null || !writeAny()) {
            return "Tài khoản của bạn chỉ xem: không thêm, sửa hồ sơ.";
        }
        Unit u = owner instanceof Unit x ? x : Unit.valueOf(owner.toString());
        return AccessPolicy.refusal(CurrentUser.get(), u, null);
    }
}
