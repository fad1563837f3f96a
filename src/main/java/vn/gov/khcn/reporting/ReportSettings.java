package vn.gov.khcn.reporting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VietnameseText;

/** The department's report settings (one row), edited by the office or an administrator. */
@Service
public class ReportSettings {
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReportSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public DepartmentSettings get() {
        return jdbc.sql("select cut_off_day, province, parent_body, department, site, signer_name, signer_title, legal_basis, recipients, version "
                + "from department_setting where id = 1").query(DepartmentSettings.class).single();
    }

    public static boolean canEdit(CurrentUser u) {
        return u.role() == Role.ADMIN || u.role() == Role.OFFICE;
    }

    @Transactional
    public DepartmentSettings update(DepartmentSettings s) {
        if (!canEdit(CurrentUser.get())) {
            throw new AccessDeniedException("Chỉ Văn phòng hoặc quản trị được sửa thiết lập báo cáo.");
        }
        DepartmentSettings before = get();
        if (s.cutOffDay() < 1 || s.cutOffDay() > 28) {
            throw new DomainException("cutOffDay", "Ngày chốt số liệu phải từ 1 đến 28.");
        }
        int n = jdbc.sql("""
                update department_setting set cut_off_day = :c, province = :p, parent_body = :pb, department = :d, site = :s,
                       signer_name = :sn, signer_title = :st, legal_basis = :lb, recipients = :r, version = version + 1
                where id = 1 and version = :v""")
                .param("c", s.cutOffDay()).param("p", required("province", s.province(), 100))
                .param("pb", required("parentBody", s.parentBody(), 200)).param("d", required("department", s.department(), 200))
                .param("s", required("site", s.site(), 200)).param("sn", required("signerName", s.signerName(), 200))
                .param("st", required("signerTitle", s.signerTitle(), 200)).param("lb", required("legalBasis", s.legalBasis(), 4000))
                .param("r", required("recipients", s.recipients(), 2000)).param("v", s.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Thiết lập báo cáo", before.toString());
        }
        DepartmentSettings after = get();
        audit.record("department_setting", 1, "UPDATE", before, after);
        return after;
    }

    private static String required(String field, String v, int max) {
        String t = VietnameseText.clean(v);
        if (t == null) {
            throw new DomainException(field, "Cần nhập " + field + ".");
        }
        if (t.length() > max) {
            throw new DomainException(field, "Giá trị dài quá " + max + " ký tự.");
        }
        return t;
    }
}
