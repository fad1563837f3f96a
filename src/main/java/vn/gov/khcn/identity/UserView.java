package vn.gov.khcn.identity;

import vn.gov.khcn.shared.Unit;

/** A user as other areas and pages see it: never the password hash. */
public record UserView(long id, String username, String fullName, Role role, Unit unit, boolean enabled, boolean demo) {
}
