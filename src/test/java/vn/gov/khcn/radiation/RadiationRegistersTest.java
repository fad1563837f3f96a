package vn.gov.khcn.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/**
 * The radiation registers' write path on both databases: one record per identity when twenty clerks save the same
 * one at once (X-ray jobs included, whose identity has an empty part), and a change only from the version read.
 */
class RadiationRegistersTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends RadiationRegistersContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends RadiationRegistersContract {
    }
}

abstract class RadiationRegistersContract extends RadiationFixtures {
    static final LocalDate DAY = LocalDate.of(2024, 3, 12);

    @Test
    @WithUserDetails("qlcn")
    void aFacilityOfAnOrganisationPlacedInACommuneOnlyNeedsNoDistrictNorDoItsInspections() {
        long inCommune = organisations.record(vn.gov.khcn.organisations.OrganisationCommand.of(unique("Phòng khám xã mới"),
                OrganisationKind.HEALTH_FACILITY, null, "Tân Giang", null)).id();
        RadiationFacility f = facilities.record(FacilityCommand.of(inCommune, null, null));
        assertThat(f.district()).isNull();
        RadiationInspection i = inspections.record(RadiationInspectionCommand.of(f.id(), null, LocalDate.of(2025, 9, 18), null));
        assertThat(i.district()).isNull();
        assertThat(actions("radiation-facility", f.id())).containsExactly("CREATE");
        // an organisation with neither a district nor a commune: the facility must name its district
        long nowhere = organisations.record(vn.gov.khcn.organisations.OrganisationCommand.of(unique("Phòng khám không địa chỉ"),
                OrganisationKind.HEALTH_FACILITY, null, null, null)).id();
        assertThatThrownBy(() -> facilities.record(FacilityCommand.of(nowhere, null, null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("huyện/thành phố");
        assertThat(facilities.record(FacilityCommand.of(nowhere, null, "Thành phố Cao Bằng")).district()).isEqualTo("Thành phố Cao Bằng");
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksAddingTheSameOrganisationAsAFacilityAtOnceStoreOneFacility() {
        long org = organisations.findOrCreate(unique("Bệnh viện thử"), OrganisationKind.HEALTH_FACILITY, "Hòa An").id();
        OneStored.twentyAtOnce(clerk("qlcn"), () -> facilities.record(FacilityCommand.of(org, null, null)),
                () -> count("radiation_facility where organisation_id = :p", org));
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksAddingTheSameMachineAtOnceStoreOne() {
        RadiationFacility f = facility();
        String serial = unique("XQ");
        OneStored.twentyAtOnce(clerk("qlcn"), () -> devices.record(DeviceCommand.of(f.id(), serial, null, null)),
                () -> count("xray_device where serial = :p", serial));
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksEnteringTheSameLicenceAtOnceStoreOne() {
        RadiationFacility f = facility();
        String number = unique("GP");
        OneStored.twentyAtOnce(clerk("qlcn"), () -> licences.issue(LicenceCommand.of(f.id(), number, DAY, DAY.plusYears(3), null)),
                () -> count("radiation_licence where number = :p", number));
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksReceivingTheSameDossierAtOnceStoreOne() {
        RadiationFacility f = facility();
        String subject = unique("Hồ sơ đề nghị gia hạn giấy phép");
        OneStored.twentyAtOnce(clerk("qlcn"), () -> dossiers.receive(DossierCommand.received(f.id(), subject, DAY)),
                () -> count("radiation_dossier where subject = :p", subject));
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksRecordingTheSameInspectionAtOnceStoreOne() {
        RadiationFacility f = facility();
        OneStored.twentyAtOnce(clerk("qlcn"), () -> inspections.record(RadiationInspectionCommand.of(f.id(), null, DAY, null)),
                () -> count("radiation_inspection where facility_id = :p", f.id()));
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksRecordingTheSameRoomCheckAtOnceStoreOne() {
        RadiationFacility f = facility();
        String room = unique("Phòng X-quang");
        OneStored.twentyAtOnce(clerk("trungtam"), () -> xray.record(XrayJobCommand.room(f.id(), room, DAY, XrayResult.PASS, null)),
                () -> count("xray_job where room = :p", room));
    }

    @Test
    @WithUserDetails("qlcn")
    void twentyClerksRecordingTheSameMachineVerificationAtOnceStoreOne() {
        RadiationFacility f = facility();
        XrayDevice d = machine(f);
        OneStored.twentyAtOnce(clerk("trungtam"), () -> xray.record(XrayJobCommand.machine(f.id(), d.id(), DAY, XrayResult.PASS, null)),
                () -> count("xray_job where device_id = :p", d.id()));
    }

    @Test
    @WithUserDetails("qlcn")
    void aCorrectionNeedsTheVersionItWasMadeFromAndAStaleOneChangesNothing() {
        RadiationFacility f = facility();
        Licence l = licences.issue(LicenceCommand.of(f.id(), unique("GP"), DAY, DAY.plusYears(3), "Phạm vi cũ"));
        assertThatThrownBy(() -> licences.correct(l.id(), new LicenceCommand(f.id(), l.number(), DAY, DAY.plusYears(5), null, null)))
                .isInstanceOf(VersionRequiredException.class);
        Licence renewed = licences.correct(l.id(), new LicenceCommand(f.id(), l.number(), DAY, DAY.plusYears(5), "Phạm vi mới", l.version()));
        assertThat(renewed.version()).isEqualTo(l.version() + 1);
        assertThatThrownBy(() -> licences.correct(l.id(), new LicenceCommand(f.id(), l.number(), DAY, DAY.plusYears(1), null, l.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(licences.get(l.id())).satisfies(now -> {
            assertThat(now.expiresOn()).isEqualTo(DAY.plusYears(5));
            assertThat(now.scope()).isEqualTo("Phạm vi mới");
        });
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'radiation-licence' and entity_id = :id order by id")
                .param("id", l.id()).query(String.class).list()).containsExactly("ISSUE", "UPDATE");
    }

    @Test
    @WithUserDetails("admin")
    void theApiTakesAJobsCorrectionOnlyWithItsVersionInTheBodyOrAsIfMatch() throws Exception {
        RadiationFacility f = facility();
        XrayJob job = xray.record(XrayJobCommand.room(f.id(), unique("Phòng"), DAY, XrayResult.FAIL, null));
        String body = "{\"kind\":\"ROOM_CHECK\",\"facilityId\":" + f.id() + ",\"room\":\"" + job.room() + "\",\"performedOn\":\"2024-03-12\","
                + "\"result\":\"PASS\"";
        mvc.perform(get("/api/radiation/xray-jobs/" + job.id()).with(httpBasic("trungtam", "demo")))
                .andExpect(header().string("ETag", "\"" + job.version() + "\""));
        mvc.perform(put("/api/radiation/xray-jobs/" + job.id()).with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body + "}")).andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/radiation/xray-jobs/" + job.id()).with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body + ",\"version\":" + (job.version() + 3) + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.current.result").value("FAIL"));
        mvc.perform(put("/api/radiation/xray-jobs/" + job.id()).with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + job.version() + "\"").content(body + "}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"" + (job.version() + 1) + "\""));
        assertThat(xray.get(job.id()).result()).isEqualTo(XrayResult.PASS);
    }
}
