package vn.gov.khcn.quality.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.AwardDossierCommand;
import vn.gov.khcn.quality.AwardDossiers;
import vn.gov.khcn.quality.BusinessGuidance;
import vn.gov.khcn.quality.GuidanceCommand;
import vn.gov.khcn.quality.IsoCheckCommand;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoPlan;
import vn.gov.khcn.quality.IsoPlanCommand;
import vn.gov.khcn.quality.IsoResult;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.quality.Surveys;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * TĐC's 2021 records: 41 facilities surveyed in 6 districts, 16 agencies planned and checked for ISO
 * 9001:2015 (11 of them in the month to 16/09/2021), one award dossier and four businesses guided in
 * the month (two more earlier in the year).
 */
@org.springframework.core.annotation.Order(200)
@Component
record QualityDemoData(Surveys surveys, IsoPlan plan, IsoChecks checks, AwardDossiers dossiers, BusinessGuidance guidance,
                       Organisations organisations) implements DemoDataContributor {
    static final String[] SURVEY_DISTRICTS = {"Thành phố Cao Bằng", "Hòa An", "Trùng Khánh", "Quảng Hòa", "Hà Quảng", "Thạch An"};
    static final int[] SURVEYS_PER_DISTRICT = {10, 8, 7, 6, 5, 5};
    private static final String[] SHOPS = {"Cửa hàng tạp hóa", "Cơ sở sản xuất nước uống đóng chai", "Cửa hàng vàng bạc",
            "Cơ sở sản xuất miến dong", "Đại lý phân bón", "Cửa hàng điện máy", "Cơ sở sản xuất chè", "Cửa hàng mũ bảo hiểm",
            "Cửa hàng vật liệu xây dựng", "Cơ sở sản xuất bánh khảo"};
    private static final String[] PRODUCTS = {"Hàng đóng gói sẵn", "Nước uống đóng chai", "Vàng trang sức", "Miến dong",
            "Phân bón", "Thiết bị điện gia dụng", "Chè búp khô", "Mũ bảo hiểm cho người đi mô tô, xe máy", "Thép xây dựng", "Bánh khảo"};
    static final String[] AGENCIES = {"Sở Tư pháp tỉnh Cao Bằng", "Sở Tài chính tỉnh Cao Bằng", "Sở Xây dựng tỉnh Cao Bằng",
            "Sở Công Thương tỉnh Cao Bằng", "Sở Nội vụ tỉnh Cao Bằng", "Sở Giao thông vận tải tỉnh Cao Bằng",
            "Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng", "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng",
            "Ủy ban nhân dân huyện Hòa An", "Ủy ban nhân dân huyện Hà Quảng", "Ủy ban nhân dân huyện Trùng Khánh",
            "Ủy ban nhân dân huyện Quảng Hòa", "Ủy ban nhân dân huyện Hạ Lang", "Ủy ban nhân dân huyện Thạch An",
            "Ủy ban nhân dân huyện Nguyên Bình", "Ủy ban nhân dân huyện Bảo Lạc"};

    @Override
    public void load() {
        int n = 0;
        LocalDate start = LocalDate.of(2021, 3, 2);
        for (int d = 0; d < SURVEY_DISTRICTS.length; d++) {
            for (int k = 0; k < SURVEYS_PER_DISTRICT[d]; k++) {
                int s = (n + k) % SHOPS.length;
                String district = SURVEY_DISTRICTS[d];
                long f = organisations.findOrCreate(SHOPS[s] + " số " + (k + 1) + " " + district, OrganisationKind.HOUSEHOLD, district).id();
                surveys.record(SurveyCommand.of(f, PRODUCTS[s], district, start.plusDays(n * 3L),
                        k % 9 == 4 ? "Nhãn hàng hóa thiếu thông tin bắt buộc; đã nhắc nhở cơ sở." : "Chưa phát hiện vi phạm."));
                n++;
            }
        }
        for (int i = 0; i < AGENCIES.length; i++) {
            long a = organisations.findOrCreate(AGENCIES[i], OrganisationKind.STATE_AGENCY,
                    AGENCIES[i].contains("huyện") ? AGENCIES[i].substring(AGENCIES[i].indexOf("huyện") + 6) : "Thành phố Cao Bằng").id();
            plan.record(new IsoPlanCommand(2021, a));
            // Five checked in June–July, the other eleven in the month 17/08–16/09/2021.
            LocalDate on = i < 5 ? LocalDate.of(2021, 6, 15).plusDays(i * 7L) : LocalDate.of(2021, 8, 18).plusDays((i - 5) * 2L);
            checks.record(IsoCheckCommand.of(a, 2021, on, i == 7 ? IsoResult.NEEDS_CORRECTION : IsoResult.CONFORMING,
                    i == 7 ? "Chưa cập nhật quy trình nội bộ theo TCVN ISO 9001:2015." : null));
        }
        long award = organisations.findOrCreate("Công ty Cổ phần Khoáng sản và Luyện kim Cao Bằng", OrganisationKind.ENTERPRISE,
                "Thành phố Cao Bằng").id();
        dossiers.record(AwardDossierCommand.of(award, 2021, LocalDate.of(2021, 9, 10),
                "Gửi Tổng cục Tiêu chuẩn Đo lường Chất lượng xem xét."));
        String[] guided = {"Công ty TNHH Bia Cao Bằng", "Hợp tác xã Nông nghiệp Trà Lĩnh", "Công ty Cổ phần Nước sạch Cao Bằng",
                "Hợp tác xã Miến dong Phja Đén", "Công ty TNHH Xây dựng Bắc Sơn", "Hợp tác xã Chè Thị Ngân"};
        String[] subjects = {"Ghi nhãn hàng hóa theo Nghị định 43/2017/NĐ-CP", "Công bố tiêu chuẩn áp dụng",
                "Đo lường đối với lượng của hàng đóng gói sẵn", "Công bố hợp quy sản phẩm", "Kiểm định phương tiện đo nhóm 2",
                "Áp dụng hệ thống quản lý chất lượng"};
        for (int i = 0; i < guided.length; i++) {
            long b = organisations.findOrCreate(guided[i], guided[i].startsWith("Công ty") ? OrganisationKind.ENTERPRISE
                    : OrganisationKind.COOPERATIVE, null).id();
            LocalDate on = i < 2 ? LocalDate.of(2021, 5, 12).plusDays(i * 20L) : LocalDate.of(2021, 8, 24).plusDays((i - 2) * 5L);
            guidance.record(GuidanceCommand.of(b, on, subjects[i]));
        }
    }
}
