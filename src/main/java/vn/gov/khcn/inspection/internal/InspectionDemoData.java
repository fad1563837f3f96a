package vn.gov.khcn.inspection.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.inspection.FacilityFindingCommand;
import vn.gov.khcn.inspection.InspectionCommand;
import vn.gov.khcn.inspection.InspectionField;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DemoDataContributor;

/** The inspectorate's 2021: five inspections (measurement and radiation safety) of eleven facilities, and one from 2020. */
@org.springframework.core.annotation.Order(200)
@Component
record InspectionDemoData(Inspections inspections, Documents documents, Organisations organisations) implements DemoDataContributor {
    record Plan(String number, LocalDate on, InspectionField field, String title, String[][] facilities) {
    }

    @Override
    public void load() {
        Plan[] plans = {
            new Plan("12/QĐ-TTr", LocalDate.of(2020, 10, 5), InspectionField.QUALITY, "Thanh tra chất lượng mũ bảo hiểm năm 2020",
                    new String[][] {{"Cửa hàng mũ bảo hiểm Sông Bằng", "Thành phố Cao Bằng", "1", "Xử phạt vi phạm hành chính", "2500000"}}),
            new Plan("05/QĐ-TTr", LocalDate.of(2021, 3, 15), InspectionField.MEASUREMENT, "Thanh tra đo lường đối với cột đo xăng dầu",
                    new String[][] {{"Cửa hàng xăng dầu Đề Thám", "Thành phố Cao Bằng", "0", null, "0"},
                            {"Cửa hàng xăng dầu Nà Cáp", "Thành phố Cao Bằng", "1", "Xử phạt vi phạm hành chính", "7500000"},
                            {"Cửa hàng xăng dầu Nước Hai", "Hòa An", "0", null, "0"}}),
            new Plan("09/QĐ-TTr", LocalDate.of(2021, 4, 20), InspectionField.MEASUREMENT, "Thanh tra đo lường đối với cân tại chợ",
                    new String[][] {{"Ban Quản lý chợ Xanh Cao Bằng", "Thành phố Cao Bằng", "1", "Cảnh cáo", "0"},
                            {"Ban Quản lý chợ Trùng Khánh", "Trùng Khánh", "0", null, "0"}}),
            new Plan("14/QĐ-TTr", LocalDate.of(2021, 5, 25), InspectionField.RADIATION, "Thanh tra an toàn bức xạ trong y tế",
                    new String[][] {{"Phòng khám đa khoa Hồng Đức Cao Bằng", "Thành phố Cao Bằng", "2", "Xử phạt vi phạm hành chính", "10000000"},
                            {"Phòng khám đa khoa Thiên Tâm", "Thành phố Cao Bằng", "0", null, "0"}}),
            new Plan("18/QĐ-TTr", LocalDate.of(2021, 6, 28), InspectionField.MEASUREMENT, "Thanh tra đo lường đối với đồng hồ nước",
                    new String[][] {{"Công ty Cổ phần Cấp thoát nước Cao Bằng", "Thành phố Cao Bằng", "0", null, "0"},
                            {"Ban Quản lý công trình nước sạch Quảng Hòa", "Quảng Hòa", "0", null, "0"}}),
            new Plan("23/QĐ-TTr", LocalDate.of(2021, 8, 10), InspectionField.RADIATION, "Thanh tra an toàn bức xạ tại cơ sở X-quang",
                    new String[][] {{"Phòng khám đa khoa Hà Nội - Cao Bằng", "Thành phố Cao Bằng", "1", "Cảnh cáo", "0"},
                            {"Phòng khám chuyên khoa răng hàm mặt Việt Đức", "Thành phố Cao Bằng", "0", null, "0"}}),
        };
        for (Plan p : plans) {
            long doc = documents.findOrRegister(new DocumentCommand(p.number(), DocumentType.DECISION, p.on(),
                    "Chánh Thanh tra Sở KH&CN", "Quyết định thanh tra: " + p.title(), null)).id();
            long id = inspections.record(InspectionCommand.of(doc, p.field(), p.title(), p.on(),
                    "Đã ban hành kết luận thanh tra; theo dõi việc khắc phục của cơ sở.")).id();
            for (String[] f : p.facilities()) {
                long org = organisations.findOrCreate(f[0], f[0].startsWith("Ban") ? OrganisationKind.PUBLIC_UNIT
                        : f[0].startsWith("Phòng khám") ? OrganisationKind.HEALTH_FACILITY : OrganisationKind.ENTERPRISE, f[1]).id();
                int violations = Integer.parseInt(f[2]);
                inspections.recordFacility(id, FacilityFindingCommand.of(org, violations,
                        violations > 0 ? "Phát hiện " + violations + " hành vi vi phạm." : null, f[3], Long.parseLong(f[4])));
            }
        }
    }
}
