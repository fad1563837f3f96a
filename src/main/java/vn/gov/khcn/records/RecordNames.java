package vn.gov.khcn.records;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese noun of each kind of record by its audit name ("verification" → "bản ghi kiểm định"), for pages that
 * list records of every register (the audit trail, the calendar's late entries): every register's {@link RecordType}
 * as it is registered, and the few audited things that are not registers. Where kinds share an audit name (a task
 * and its events, councils and budget lines), the plainest (shortest) noun names them. Templates: {@code @recordNames}.
 */
@Component("recordNames")
public class RecordNames {
    private static final Map<String, String> OTHERS = Map.of("report", "báo cáo", "report_template", "mẫu báo cáo",
            "department_setting", "thiết lập của Sở", "report_deadline", "hạn gửi báo cáo", "user", "tài khoản",
            "login_throttle", "khóa đăng nhập", "exchange_import", "lần nhập dữ liệu", "backup_run", "lần sao lưu");
    private final Map<String, String> nouns = new ConcurrentHashMap<>(OTHERS);

    void add(String auditName, String noun) {
        nouns.merge(auditName, noun, (a, b) -> b.length() < a.length() ? b : a);
    }

    /** The noun of the audit name, or "hồ sơ" when it is not known. */
    public String noun(String auditName) {
        return auditName == null ? "hồ sơ" : nouns.getOrDefault(auditName, "hồ sơ");
    }

    /** The noun with a capital first letter, to begin a cell. */
    public String title(String auditName) {
        String n = noun(auditName);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
