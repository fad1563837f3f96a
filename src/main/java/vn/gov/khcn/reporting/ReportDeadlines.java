package vn.gov.khcn.reporting;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.DomainException;

/**
 * The deadline to send each kind of report, as days after the cut-off day that ends its period (a setting of the
 * department, V150's defaults: month 3, quarter, 6 and 9 months 5, year 10). Changed by the office or an administrator.
 */
@Service
public class ReportDeadlines {
    /** The most days after the cut-off a deadline may be set. */
    public static final int MAX_DAYS = 60;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ReportDeadlines(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Days after the period's cut-off, for every kind. */
    public Map<ReportKind, Integer> all() {
        Map<ReportKind, Integer> m = new EnumMap<>(ReportKind.class);
        jdbc.sql("select kind, days_after from report_deadline").query((rs, i) -> Map.entry(ReportKind.valueOf(rs.getString(1)), rs.getInt(2)))
                .list().forEach(e -> m.put(e.getKey(), e.getValue()));
        for (ReportKind k : ReportKind.values()) {
            m.putIfAbsent(k, 5);
        }
        return m;
    }

    /** Sets the days after the cut-off of every kind given; audited as one change. */
    @Transactional
    public Map<ReportKind, Integer> update(Map<ReportKind, Integer> days) {
        if (!ReportSettings.canEdit(CurrentUser.get())) {
            throw new AccessDeniedException("Chỉ Văn phòng hoặc quản trị được sửa hạn gửi báo cáo.");
        }
        Map<ReportKind, Integer> before = all();
        days.forEach((k, d) -> {
            if (d == null || d < 0 || d > MAX_DAYS) {
                throw new DomainException("days." + k.name(), "Hạn gửi " + k.label().toLowerCase(java.util.Locale.ROOT)
                        + " phải từ 0 đến " + MAX_DAYS + " ngày sau ngày chốt số liệu.");
            }
        });
        days.forEach((k, d) -> {
            int n = jdbc.sql("update report_deadline set days_after = :d, version = version + 1 where kind = :k")
                    .param("d", d).param("k", k.name()).update();
            if (n == 0) {
                jdbc.sql("insert into report_deadline(kind, days_after) values (:k, :d)").param("k", k.name()).param("d", d).update();
            }
        });
        Map<ReportKind, Integer> after = all();
        audit.record("report_deadline", 1, "UPDATE", before, after);
        return after;
    }
}
