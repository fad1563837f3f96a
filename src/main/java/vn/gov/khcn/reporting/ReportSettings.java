package vn.gov.khcn.reporting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.SetupRequiredException;
import vn.gov.khcn.shared.VersionRequiredException;

/**
 * The department's settings (one row), edited by the office or an administrator: on the set-up page, the settings
 * page, {@code PUT /api/settings} or {@code khcn settings set}. Until every one is filled in, no report is made.
 */
@Service
public class ReportSettings {
    private static final String NOUN = "thiết lập của Sở";
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReportSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public DepartmentSettings get() {
        return jdbc.sql("select cut_off_day, province, parent_body, department, site, signer_name, signer_title, legal_basis, recipients, "
                + "report_symbol as symbol, place, version from department_setting where id = 1").query(Rows.of(DepartmentSettings.class)).single();
    }

    /** The settings, when every one a report needs is filled in; else refused, naming the missing ones. */
    public DepartmentSettings complete() {
        DepartmentSettings s = get();
        List<DepartmentSettings.Item> missing = s.missing();
        if (!missing.isEmpty()) {
            List<String> labels = missing.stream().map(DepartmentSettings.Item::label).toList();
            throw new SetupRequiredException("Sở chưa thiết lập xong nên chưa lập được báo cáo. Còn thiếu: " + String.join("; ", labels)
                    + ". Quản trị hoặc Văn phòng điền tại trang Thiết lập (/setup), qua PUT /api/settings hoặc bằng lệnh "
                    + "khcn settings set KHÓA GIÁ_TRỊ.", labels);
        }
        return s;
    }

    public static boolean canEdit(CurrentUser u) {
        return u.role() == Role.ADMIN || u.role() == Role.OFFICE;
    }

    /** Saves every setting at once (what a form shows); the version is the one the settings were read at. */
    @Transactional
    public DepartmentSettings update(SettingsCommand c) {
        if (!canEdit(CurrentUser.get())) {
            throw new AccessDeniedException("Chỉ Văn phòng hoặc quản trị được sửa thiết lập của Sở.");
        }
        if (c.version() == null) {
            throw new VersionRequiredException(NOUN);
        }
        DepartmentSettings before = get();
        Valid v = validate(c);
        int n = jdbc.sql("""
                update department_setting set cut_off_day = :cutOffDay, province = :province, parent_body = :parentBody,
                       department = :department, site = :site, signer_name = :signerName, signer_title = :signerTitle,
                       legal_basis = :legalBasis, recipients = :recipients, report_symbol = :symbol, place = :place,
                       version = version + 1
                where id = 1 and version = :version""")
                .param("cutOffDay", v.cutOffDay()).param("province", v.province()).param("parentBody", v.parentBody())
                .param("department", v.department()).param("site", v.site()).param("signerName", v.signerName())
                .param("signerTitle", v.signerTitle()).param("legalBasis", v.legalBasis()).param("recipients", v.recipients())
                .param("symbol", v.symbol()).param("place", v.place()).param("version", c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Thiết lập của Sở", before.toString());
        }
        DepartmentSettings after = get();
        audit.record("department_setting", 1, "UPDATE", before, after);
        return after;
    }

    /** The same, from settings as read (the demo loader, tests). */
    @Transactional
    public DepartmentSettings update(DepartmentSettings s) {
        return update(SettingsCommand.of(s));
    }

    private record Valid(int cutOffDay, String province, String parentBody, String department, String site, String signerName,
                         String signerTitle, String legalBasis, String recipients, String symbol, String place) {
    }

    /**
     * Each setting is checked as it is given; one left empty stays empty (a department fills them in one at a time with
     * {@code khcn settings set}) and is named by {@link #complete()} until filled in. Empty is stored as ''.
     */
    private static Valid validate(SettingsCommand c) {
        int day = Check.between("cutOffDay", "ngày chốt số liệu hằng tháng", c.cutOffDay(), 1, 28);
        String symbol = Check.optionalText("symbol", "ký hiệu báo cáo", c.symbol(), 50);
        if (symbol != null && !symbol.matches("[\\p{L}\\p{N}&.\\-]+")) {
            throw new DomainException("symbol", "Ký hiệu báo cáo \"" + symbol + "\" chỉ được gồm chữ, số và các dấu - & . (ví dụ BC-SKH&CN), "
                    + "không có dấu cách hay dấu /: số báo cáo tự đứng trước dấu \"/\".");
        }
        String site = Check.optionalText("site", "trang thông tin điện tử", c.site(), 200);
        if (site != null && !site.matches("[^\\s]+\\.[^\\s]+")) {
            throw new DomainException("site", "Trang thông tin điện tử \"" + site + "\" không phải một địa chỉ (ví dụ skhcn.….gov.vn).");
        }
        List<String> title = SignerTitle.lines(Check.optionalText("signerTitle", "chức vụ người ký", c.signerTitle(), 200), "signerTitle");
        return new Valid(day,
                orEmpty(Check.optionalText("province", "tên tỉnh", c.province(), 100)),
                orEmpty(Check.optionalText("parentBody", "cơ quan chủ quản (dòng 1 tiêu đề)", c.parentBody(), 200)),
                orEmpty(Check.optionalText("department", "tên Sở (dòng 2 tiêu đề)", c.department(), 200)),
                orEmpty(site),
                orEmpty(Check.optionalText("signerName", "họ tên người ký", c.signerName(), 200)),
                String.join("\n", title),
                orEmpty(Check.optionalText("legalBasis", "căn cứ báo cáo (câu mở đầu)", c.legalBasis(), 4000)),
                String.join("\n", lines(Check.optionalText("recipients", "nơi nhận", c.recipients(), 2000))),
                orEmpty(symbol),
                orEmpty(Check.optionalText("place", "địa danh", c.place(), 100)));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
