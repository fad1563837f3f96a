package vn.gov.khcn.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/**
 * The radiation registers' work on both databases: a dossier received then resolved, the centre's jobs on the
 * facilities' machines, who keeps which register, what falls due, and the pages that enter all of it.
 */
class RadiationWorkTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends RadiationWorkContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends RadiationWorkContract {
    }
}

abstract class RadiationWorkContract extends RadiationFixtures {
    static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    @WithUserDetails("qlcn")
    void aDossierIsReceivedThenResolvedOnceAndTheDaysItTookAreCounted() {
        RadiationFacility f = facility();
        Dossier d = dossiers.receive(DossierCommand.received(f.id(), "Hồ sơ đề nghị cấp giấy phép", DAY));
        assertThat(d.daysTaken()).isNull();
        assertThatThrownBy(() -> dossiers.resolve(d.id(), new DossierResolution(LocalDate.of(2024, 3, 12), null, d.version(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("kết quả");
        Dossier resolved = dossiers.resolve(d.id(), new DossierResolution(LocalDate.of(2024, 3, 12), DossierOutcome.LICENSED, d.version(), null));
        assertThat(resolved.daysTaken()).isEqualTo(11);
        assertThatThrownBy(() -> dossiers.resolve(d.id(), new DossierResolution(LocalDate.of(2024, 3, 15), DossierOutcome.REFUSED,
                resolved.version(), null))).isInstanceOf(DomainException.class).hasMessageContaining("đã giải quyết ngày 12/03/2024");
        Dossier corrected = dossiers.correct(d.id(), new DossierCommand(f.id(), d.subject(), DAY.plusDays(1), resolved.resolvedOn(),
                DossierOutcome.LICENSED, resolved.version(), null));
        assertThat(corrected.daysTaken()).isEqualTo(10);
        assertThat(actions("radiation-dossier", d.id())).containsExactly("RECEIVE", "RESOLVE", "UPDATE");
    }

    @Test
    @WithUserDetails("admin")
    void aMachineIsVerifiedOnlyAtItsOwnFacilityAndARoomCheckNamesItsRoom() {
        RadiationFacility here = facility();
        RadiationFacility there = facility();
        XrayDevice machine = devices.record(DeviceCommand.of(there.id(), unique("XQ"), null, null));
        assertThatThrownBy(() -> xray.record(XrayJobCommand.machine(here.id(), machine.id(), DAY, XrayResult.PASS, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("không thuộc cơ sở");
        assertThatThrownBy(() -> xray.record(XrayJobCommand.machine(here.id(), null, DAY, XrayResult.PASS, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("máy X-quang");
        assertThatThrownBy(() -> xray.record(XrayJobCommand.room(here.id(), " ", DAY, XrayResult.PASS, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("tên phòng");
        XrayJob verified = xray.record(new XrayJobCommand(XrayJobKind.MACHINE_VERIFICATION, there.id(), machine.id(), "Phòng bỏ qua", DAY,
                XrayResult.PASS, "KĐ-1", null, null));
        assertThat(verified.room()).isNull();
        assertThat(verified.deviceSerial()).isEqualTo(machine.serial());
        assertThat(xray.find(XrayJobKind.MACHINE_VERIFICATION, there.name(), machine.serial(), null, DAY)).contains(verified);
    }

    @Test
    void theCentreRecordsXrayJobsAndTheTechnologyDepartmentKeepsTheRadiationRegisters() {
        signIn("qlcn");
        RadiationFacility f = facility();
        signIn("trungtam");
        XrayJob job = xray.record(XrayJobCommand.room(f.id(), unique("Phòng"), DAY, XrayResult.PASS, null));
        assertThat(job.unit()).isEqualTo(XrayServices.OWNER);
        assertThatThrownBy(() -> licences.issue(LicenceCommand.of(f.id(), unique("GP"), DAY, DAY.plusYears(3), null)))
                .isInstanceOf(AccessDeniedException.class);
        signIn("qlcn");
        assertThatThrownBy(() -> xray.record(XrayJobCommand.room(f.id(), unique("Phòng"), DAY, XrayResult.PASS, null)))
                .isInstanceOf(AccessDeniedException.class);
        signIn("tdc");
        assertThatThrownBy(() -> dossiers.receive(DossierCommand.received(f.id(), "Hồ sơ", DAY))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("qlcn")
    void aFacilityIsDueWhenItsLatestLicenceExpiresSoon() {
        LocalDate today = licences.today();
        RadiationFacility renewed = facility();
        RadiationFacility expiring = facility();
        licences.issue(LicenceCommand.of(renewed.id(), unique("GP"), today.minusYears(3), today.plusDays(5), null));
        licences.issue(LicenceCommand.of(renewed.id(), unique("GP"), today, today.plusYears(3), null));
        Licence soon = licences.issue(LicenceCommand.of(expiring.id(), unique("GP"), today.minusYears(3), today.plusDays(5), null));
        List<Licence> due = licences.expiring(30);
        assertThat(due).extracting(Licence::id).contains(soon.id());
        assertThat(due).noneMatch(l -> l.facilityId() == renewed.id());
    }

    @Test
    @WithUserDetails("qlcn")
    void theRegistersPagesEnterAndCorrectRecordsThroughOneSavePath() throws Exception {
        RadiationFacility f = facility();
        Dossier open = dossiers.receive(DossierCommand.received(f.id(), unique("Hồ sơ"), DAY));
        var qlcn = user(accounts.loadUserByUsername("qlcn"));
        for (String url : List.of("/radiation/facilities", "/radiation/facilities/new", "/radiation/facilities/" + f.id(),
                "/radiation/devices?facilityId=" + f.id(), "/radiation/devices/new", "/radiation/licences?q=gp", "/radiation/licences/new",
                "/radiation/dossiers?year=2024", "/radiation/dossiers/new", "/radiation/dossiers/" + open.id() + "/edit",
                "/radiation/inspections?year=2021&district=Hòa An", "/radiation/inspections/new", "/radiation/xray-jobs?kind=ROOM_CHECK",
                "/radiation/xray-jobs/new")) {
            try {
                mvc.perform(get(url).with(qlcn)).andExpect(status().isOk());
            } catch (AssertionError e) {
                throw new AssertionError("page " + url, e);
            }
        }
        mvc.perform(get("/radiation/dossiers/" + open.id()).with(qlcn)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/radiation/dossiers/" + open.id() + "/resolution")));
        mvc.perform(post("/radiation/dossiers/" + open.id() + "/resolution").with(qlcn).with(csrf()).param("resolvedOn", "2024-03-05")
                        .param("outcome", "RENEWED").param("version", String.valueOf(open.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(dossiers.get(open.id()).daysTaken()).isEqualTo(4);
        String serial = unique("XQ");
        mvc.perform(post("/radiation/devices").with(qlcn).with(csrf()).param("facilityId", String.valueOf(f.id())).param("serial", serial))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/radiation/devices").with(qlcn).with(csrf()).param("facilityId", String.valueOf(f.id())).param("serial", serial))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("đã có trong sổ")));
        mvc.perform(post("/radiation/licences").with(qlcn).with(csrf()).param("facilityId", String.valueOf(f.id())).param("number", "GP-X")
                        .param("issuedOn", "2024-03-01").param("expiresOn", "2024-03-01"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Ngày hết hạn phải sau ngày cấp")));
    }
}
