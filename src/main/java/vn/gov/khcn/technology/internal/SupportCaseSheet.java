package vn.gov.khcn.technology.internal;

import static vn.gov.khcn.exchange.spi.Labels.labels;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.technology.IpObject;
import vn.gov.khcn.technology.IpSupportCaseCommand;
import vn.gov.khcn.technology.IpSupportCaseQuery;
import vn.gov.khcn.technology.IpSupportCases;

/** Organisations and people advised on registering industrial property; rows go through {@link IpSupportCases}. */
@Component
class SupportCaseSheet extends RecordImport<IpSupportCaseQuery> {
    static final Column ADVISED = Column.text("Tổ chức, cá nhân được hướng dẫn", true, 500, "Tên tổ chức hoặc họ tên cá nhân.");
    static final Column OBJECT = Column.choice("Đối tượng", true, labels(IpObject.values(), IpObject::label), "Đối tượng sở hữu công nghiệp.");
    static final Column ON = Column.date("Ngày hướng dẫn", true, "Cùng tổ chức, đối tượng và ngày với hồ sơ đã có thì dòng được bỏ qua.");
    static final Column OUTCOME = Column.text("Kết quả", false, 2000, "Kết quả hướng dẫn, hỗ trợ.");
    static final RegisterSpec SPEC = new RegisterSpec("ip-support-cases", "Hướng dẫn, hỗ trợ đăng ký quyền sở hữu công nghiệp",
            "Công nghệ và sở hữu trí tuệ", "Ho tro SHCN", List.of(ADVISED, OBJECT, ON, OUTCOME),
            "cùng tổ chức, cá nhân, đối tượng và ngày hướng dẫn", List.of());

    SupportCaseSheet(IpSupportCases cases) {
        super(SPEC, IpSupportCaseQuery.class, ADVISED, OBJECT, ON);
        existsWhen(row -> cases.find(row.text(ADVISED), object(row), row.date(ON)).isPresent());
        createdBy((row, context) -> cases.record(new IpSupportCaseCommand(row.text(ADVISED), object(row), row.date(ON), row.text(OUTCOME), null, context.reason())));
        exportedBy((query, sink) -> PagedExport.rows(cases::search, query, sink, s -> SPEC.row().put(ADVISED, s.advisedName())
                .put(OBJECT, s.ipObject().label()).put(ON, s.advisedOn()).put(OUTCOME, s.outcome())));
    }

    private static IpObject object(ImportRow row) {
        return row.choice(OBJECT, IpObject.values(), IpObject::label);
    }
}
