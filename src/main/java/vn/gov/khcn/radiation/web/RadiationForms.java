package vn.gov.khcn.radiation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.XrayDevices;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Option;

/** What the radiation pages share: the facility and machine choices of their forms, and the "add" link of a list. */
final class RadiationForms {
    private RadiationForms() {
    }

    static List<Option> facilities(RadiationFacilities facilities) {
        Map<Long, String> m = new LinkedHashMap<>();
        facilities.all().forEach(f -> m.put(f.id(), f.name()));
        return SimplePages.options(m);
    }

    static List<Option> devices(XrayDevices devices) {
        Map<Long, String> m = new LinkedHashMap<>();
        devices.all().forEach(d -> m.put(d.id(), d.serial() + " — " + d.facilityName()));
        return SimplePages.options(m);
    }

    /** The list's "add" link, for the users who keep the register's records ({@code owner}'s staff) only. */
    static String addLink(Unit owner, String href) {
        return AccessPolicy.canEdit(CurrentUser.get(), owner) ? href : null;
    }

    /** A list's filters by name, for its pager's address (nulls are left out). */
    static Map<String, Object> filters(Object... nameValue) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], nameValue[i + 1]);
        }
        return m;
    }
}
