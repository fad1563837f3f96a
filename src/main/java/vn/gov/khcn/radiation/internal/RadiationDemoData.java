package vn.gov.khcn.radiation.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.radiation.DeviceCommand;
import vn.gov.khcn.radiation.DossierCommand;
import vn.gov.khcn.radiation.DossierOutcome;
import vn.gov.khcn.radiation.Dossiers;
import vn.gov.khcn.radiation.FacilityCommand;
import vn.gov.khcn.radiation.LicenceCommand;
import vn.gov.khcn.radiation.Licences;
import vn.gov.khcn.radiation.RadiationFacilities;
import vn.gov.khcn.radiation.RadiationInspectionCommand;
import vn.gov.khcn.radiation.RadiationInspections;
import vn.gov.khcn.radiation.XrayDevices;
import vn.gov.khcn.radiation.XrayJobCommand;
import vn.gov.khcn.radiation.XrayResult;
import vn.gov.khcn.radiation.XrayServices;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * Cao Bằng's radiation facilities (the district health centres and the provincial hospital), their X-ray
 * machines and licences; 14 dossiers resolved and inspections in six districts in 2021; the centre's 2
 * machine verifications and 7 room checks at the Hòa An and Hà Quảng health centres.
 */
@org.springframework.core.annotation.Order(200)
@Component
record RadiationDemoData(RadiationFacilities facilities, XrayDevices devices, Licences licences, Dossiers dossiers,
                         RadiationInspections inspections, XrayServices xray, Organisations organisations) implements DemoDataContributor {
    /** Inspected in this order in 2021 (the report names them so). */
    static final String[] INSPECTED = {"Hòa An", "Thạch An", "Hạ Lang", "Nguyên Bình", "Bảo Lạc", "Bảo Lâm"};

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
            long f = facilities.record(FacilityCommand.of(org, null, d)).id();
            facility.put(d, f);
            device.put(d, devices.record(DeviceCommand.of(f, "XQ-" + String.format("%03d", ++n) + "-CB",
                    "Máy X-quang chẩn đoán thông thường", "Phòng X-quang số 1")).id());
            // Licences of three years; issued between 2018 and 2021, so some have expired since.
            LocalDate issued = LocalDate.of(2018, 3, 1).plusMonths(n * 4L);
            licences.issue(LicenceCommand.of(f, String.format("%02d", n) + "/GP-SKHCN", issued, issued.plusYears(3),
                    "Sử dụng thiết bị X-quang chẩn đoán trong y tế"));
        }
        // A second machine at Hòa An.
        long hoaAn2 = devices.record(DeviceCommand.of(facility.get("Hòa An"), "XQ-011-CB", "Máy X-quang kỹ thuật số",
                "Phòng X-quang số 2")).id();
        // 14 dossiers resolved between January and September 2021, one resolved in 2020, one still open.
        String[] order = {"Thành phố Cao Bằng", "Hòa An", "Hà Quảng", "Thạch An", "Hạ Lang", "Nguyên Bình", "Bảo Lạc", "Bảo Lâm",
                "Trùng Khánh", "Quảng Hòa", "Thành phố Cao Bằng", "Hòa An", "Hà Quảng", "Thạch An"};
        DossierOutcome[] outcomes = {DossierOutcome.RENEWED, DossierOutcome.LICENSED, DossierOutcome.CERTIFIED, DossierOutcome.AMENDED};
        dossiers.receive(new DossierCommand(facility.get("Thành phố Cao Bằng"), "Hồ sơ gia hạn giấy phép",
                LocalDate.of(2020, 10, 2), LocalDate.of(2020, 10, 20), DossierOutcome.RENEWED, null, null));
        for (int i = 0; i < order.length; i++) {
            LocalDate received = LocalDate.of(2021, 1, 8).plusDays(i * 17L);
            DossierOutcome o = outcomes[i % outcomes.length];
            dossiers.receive(new DossierCommand(facility.get(order[i]), "Hồ sơ đề nghị " + o.label().toLowerCase(),
                    received, received.plusDays(10 + i % 5), o, null, null));
        }
        dossiers.receive(new DossierCommand(facility.get("Bảo Lâm"), "Hồ sơ đề nghị cấp giấy phép",
                LocalDate.of(2021, 9, 14), null, null, null, null));
        // Inspections: one in 2020, then the six districts of 2021 in the report's order.
        inspections.record(RadiationInspectionCommand.of(facility.get("Thành phố Cao Bằng"), null, LocalDate.of(2020, 11, 12),
                "Cơ sở thực hiện đúng quy định."));
        for (int i = 0; i < INSPECTED.length; i++) {
            inspections.record(RadiationInspectionCommand.of(facility.get(INSPECTED[i]), null, LocalDate.of(2021, 4, 6).plusDays(i * 9L),
                    i == 2 ? "Chưa cập nhật hồ sơ theo dõi liều chiếu xạ cá nhân; yêu cầu khắc phục." : "Cơ sở thực hiện đúng quy định."));
        }
        // The centre's service jobs: 2 machines verified, 7 rooms checked (Hòa An 4, Hà Quảng 3).
        xray.record(XrayJobCommand.machine(facility.get("Hòa An"), hoaAn2, LocalDate.of(2021, 5, 18), XrayResult.PASS, "KĐ-XQ-2021-01"));
        xray.record(XrayJobCommand.machine(facility.get("Hà Quảng"), device.get("Hà Quảng"), LocalDate.of(2021, 5, 20), XrayResult.PASS,
                "KĐ-XQ-2021-02"));
        for (int r = 1; r <= 7; r++) {
            String d = r <= 4 ? "Hòa An" : "Hà Quảng";
            xray.record(XrayJobCommand.room(facility.get(d), "Phòng X-quang số " + (r <= 4 ? r : r - 4),
                    LocalDate.of(2021, 5, 18).plusDays(r <= 4 ? 0 : 2), XrayResult.PASS, "KX-2021-" + String.format("%02d", r)));
        }
    }
}
