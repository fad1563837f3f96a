package vn.gov.khcn.investment.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.khcn.investment.DisbursementCommand;
import vn.gov.khcn.investment.InvestmentProjects;
import vn.gov.khcn.investment.ProjectCommand;
import vn.gov.khcn.shared.DemoDataContributor;
import vn.gov.khcn.shared.Unit;

/** The two public investment projects in progress in 2021, with their disbursements. */
@org.springframework.core.annotation.Order(300)
@Component
record InvestmentDemoData(InvestmentProjects projects) implements DemoDataContributor {
    @Override
    public void load() {
        long a = projects.record(ProjectCommand.of("Tăng cường tiềm lực cho Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Cao Bằng",
                15_000_000_000L, LocalDate.of(2019, 6, 1), null,
                "Đã hoàn thành hạng mục nhà xưởng; đang mua sắm thiết bị nuôi cấy mô.", Unit.OFFICE)).id();
        projects.disburse(a, new DisbursementCommand(LocalDate.of(2019, 12, 20), 3_500_000_000L, "Kế hoạch vốn năm 2019"));
        projects.disburse(a, new DisbursementCommand(LocalDate.of(2020, 12, 15), 4_000_000_000L, "Kế hoạch vốn năm 2020"));
        projects.disburse(a, new DisbursementCommand(LocalDate.of(2021, 6, 30), 2_000_000_000L, "Kế hoạch vốn năm 2021, đợt 1"));
        long b = projects.record(ProjectCommand.of("Đầu tư trang thiết bị kiểm định, hiệu chuẩn, thử nghiệm đo lường - chất lượng tỉnh Cao Bằng",
                9_800_000_000L, LocalDate.of(2020, 9, 1), null,
                "Đang lựa chọn nhà thầu cung cấp thiết bị giai đoạn 2.", Unit.OFFICE)).id();
        projects.disburse(b, new DisbursementCommand(LocalDate.of(2020, 12, 25), 1_500_000_000L, "Kế hoạch vốn năm 2020"));
        projects.disburse(b, new DisbursementCommand(LocalDate.of(2021, 8, 20), 1_200_000_000L, "Kế hoạch vốn năm 2021"));
    }
}
