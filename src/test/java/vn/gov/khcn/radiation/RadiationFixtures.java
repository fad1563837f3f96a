package vn.gov.khcn.radiation;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;

/** What the radiation contracts share: the registers, the demo users, and facilities and machines of their own. */
abstract class RadiationFixtures {
    @Autowired
    RadiationFacilities facilities;
    @Autowired
    XrayDevices devices;
    @Autowired
    Licences licences;
    @Autowired
    Dossiers dossiers;
    @Autowired
    RadiationInspections inspections;
    @Autowired
    XrayServices xray;
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    UserDetails clerk(String username) {
        return accounts.loadUserByUsername(username);
    }

    void signIn(String username) {
        UserDetails u = clerk(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new facility of an organisation of its own (signed in as a user who keeps facilities). */
    RadiationFacility facility() {
        long org = organisations.findOrCreate(unique("Phòng khám thử"), OrganisationKind.HEALTH_FACILITY, "Hòa An").id();
        return facilities.record(FacilityCommand.of(org, null, null));
    }

    XrayDevice machine(RadiationFacility f) {
        return devices.record(DeviceCommand.of(f.id(), unique("XQ"), "Máy X-quang thử", null));
    }

    long count(String tableAndWhere, Object p) {
        return jdbc.sql("select count(*) from " + tableAndWhere).param("p", p).query(Long.class).single();
    }

    List<String> actions(String type, long id) {
        return jdbc.sql("select action from audit_log where entity_type = :t and entity_id = :id order by id").param("t", type)
                .param("id", id).query(String.class).list();
    }
}
