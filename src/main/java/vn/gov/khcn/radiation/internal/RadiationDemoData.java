package vn.gov.khcn.radiation.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.DossierOutcome;
import vn.gov.khcn.radiation.Radiation;
import vn.gov.khcn.radiation.RadiationCommands.DeviceCommand;
import vn.gov.khcn.radiation.RadiationCommands.DossierCommand;
import vn.gov.khcn.radiation.RadiationCommands.FacilityCommand;
import vn.gov.khcn.radiation.RadiationCommands.InspectionCommand;
import vn.gov.khcn.radiation.RadiationCommands.LicenceCommand;
import vn.gov.khcn.radiation.RadiationCommands.XrayJobCommand;
import vn.gov.khcn.radiation.XrayJobKind;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * Cao Bằng's radiation facilities (the district health centres and the provincial hospital), their X-ray
 * machines and licences; 14 dossiers resolved and inspections in six districts in 2021; the centre's 2
 * machine verifications and 7 room checks at the Hòa An and Hà Quảng health centres.
 */
@Component
class RadiationDemoData implements DemoDataContributor {
    /** Inspected in this order in 2021 (the report names them so). */
    static final String[] INSPECTED = {"Hòa An", "Thạch An", "Hạ Lang", "Nguyên Bình", "Bảo Lạc", "Bảo Lâm"};
    private final Radiation radiation;
    private final XrayServices xray;
    private final Organisations organisations;

    RadiationDemoData(Radiation radiation, XrayServices xray, Organisations organisations) {
        this.radiation = radiation;
        this.xray = xray;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load() {
        String[] districts = {"Thành phố Cao Bằng", "Hòa An", "Hà Quảng", "Thạch An", "Hạ Lang", "Nguyên Bình", "Bảo Lạc", "Bảo Lâm",
                "Trùng Khánh", "Quảng Hòa"};
        Map<String, Long> facility = new LinkedHashMap<>();
        Map<String, Long> device = new LinkedHashMap<>();
        int n = 0;
        for (String d : districts) {
            String name = d.startsWith("Thành phố") ? "Bệnh viện Đa khoa tỉnh Cao Bằng" : "Trung tâm Y tế huyện " + d;
            long org = organisations.findOrCreate(name, OrganisationKind.HEALTH_FACILITY, d).id();
            long f = radiation.registerFacility(new FacilityCommand(org, null, d, null)).id();
            facility.put(d, f);
            device.put(d, radiation.registerDevice(new DeviceCommand(f, "XQ-" + String.format("%03d", ++n) + "-CB",
                    "Máy X-quang chẩn đoán thông thường", "Phòng X-quang số 1", null)).id());
            // Licences of three years; issued between 2018 and 2021, so some have expired since.
            LocalDate issued = LocalDate.of(2018, 3, 1).plusMonths(n * 4L);
            radiation.issueLicence(new LicenceCommand(f, String.format("%02d", n) + "/GP-SKHCN", issued, issued.plusYears(3),
                    "Sử dụng thiết bị X-quang chẩn đoán trong y tế", null));
        }
        // A second machine at Hòa An.
        long hoaAn2 = radiation.registerDevice(new DeviceCommand(facility.get("Hòa An"), "XQ-011-CB", "Máy X-quang kỹ thuật số",
                "Phòng X-quang số 2", null)).id();
        // 14 dossiers resolved between January and September 2021, one resolved in 2020, one still open.
        String[] order = {"Thành phố Cao Bằng", "Hòa An", "Hà Quảng", "Thạch An", "Hạ Lang", "Nguyên Bình", "Bảo Lạc", "Bảo Lâm",
                "Trùng Khánh", "Quảng Hòa", "Thành phố Cao Bằng", "Hòa An", "Hà Quảng", "Thạch An"};
        DossierOutcome[] outcomes = {DossierOutcome.RENEWED, DossierOutcome.LICENSED, DossierOutcome.CERTIFIED, DossierOutcome.AMENDED};
        radiation.receiveDossier(new DossierCommand(facility.get("Thành phố Cao Bằng"), "Hồ sơ gia hạn giấy phép",
                LocalDate.of(2020, 10, 2), LocalDate.of(2020, 10, 20), DossierOutcome.RENEWED, null, null));
        for (int i = 0; i < order.length; i++) {
            LocalDate received = LocalDate.of(2021, 1, 8).plusDays(i * 17L);
            DossierOutcome o = outcomes[i % outcomes.length];
            radiation.receiveDossier(new DossierCommand(facility.get(order[i]), "Hồ sơ đề nghị " + o.label().toLowerCase(),
                    received, received.plusDays(10 + i % 5), o, null, null));
        }
        radiation.receiveDossier(new DossierCommand(facility.get("Bảo Lâm"), "Hồ sơ đề nghị cấp giấy phép",
                LocalDate.of(2021, 9, 14), null, null, null, null));
        // Inspections: one in 2020, then the six districts of 2021 in the report's order.
        radiation.recordInspection(new InspectionCommand(facility.get("Thành phố Cao Bằng"), null, LocalDate.of(2020, 11, 12),
                "Cơ sở thực hiện đúng quy định.", null, null));
        for (int i = 0; i < INSPECTED.length; i++) {
            radiation.recordInspection(new InspectionCommand(facility.get(INSPECTED[i]), null, LocalDate.of(2021, 4, 6).plusDays(i * 9L),
                    i == 2 ? "Chưa cập nhật hồ sơ theo dõi liều chiếu xạ cá nhân; yêu cầu khắc phục." : "Cơ sở thực hiện đúng quy định.",
                    null, null));
        }
        // The centre's service jobs: 2 machines verified, 7 rooms checked (Hòa An 4, Hà Quảng 3).
        xray.record(new XrayJobCommand(XrayJobKind.MACHINE_VERIFICATION, facility.get("Hòa An"), hoaAn2, null,
                LocalDate.of(2021, 5, 18), "PASS", "KĐ-XQ-2021-01", null));
        xray.record(new XrayJobCommand(XrayJobKind.MACHINE_VERIFICATION, facility.get("Hà Quảng"), device.get("Hà Quảng"), null,
                LocalDate.of(2021, 5, 20), "PASS", "KĐ-XQ-2021-02", null));
        for (int r = 1; r <= 7; r++) {
            String d = r <= 4 ? "Hòa An" : "Hà Quảng";
            xray.record(new XrayJobCommand(XrayJobKind.ROOM_CHECK, facility.get(d), null, "Phòng X-quang số " + (r <= 4 ? r : r - 4),
                    LocalDate.of(2021, 5, 18).plusDays(r <= 4 ? 0 : 2), "PASS", "KX-2021-" + String.format("%02d", r), null));
        }
    }
}
