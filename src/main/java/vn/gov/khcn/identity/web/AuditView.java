package vn.gov.khcn.identity.web;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.khcn.identity.AuditChanges;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.shared.web.CodeWords;
import vn.gov.khcn.shared.web.EnumLabels;

/** The audit page's words: each action in Vietnamese, and an entry's before and after as the fields that changed. */
@Component("auditView")
public class AuditView {
    static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("CREATE", "Tạo mới"), Map.entry("UPDATE", "Sửa"),
            Map.entry("DELETE", "Xóa"), Map.entry("REMOVE", "Xóa"), Map.entry("IMPORT", "Nhập từ tệp"), Map.entry("ATTACH", "Đính kèm tệp"),
            Map.entry("CLEAR", "Xóa nội dung"), Map.entry("HEADER", "Sửa phần đầu báo cáo"), Map.entry("NARRATIVE", "Viết phần thuyết minh"),
            Map.entry("PLANNED", "Sửa nhiệm vụ kỳ tới"), Map.entry("RESET_PASSWORD", "Đặt lại mật khẩu"), Map.entry("SIGN_PDF", "Ký số bản PDF"),
            Map.entry("SUBMIT", "Trình duyệt"), Map.entry("RETURN", "Trả lại dự thảo"), Map.entry("APPROVE", "Duyệt"), Map.entry("ISSUE", "Ban hành"),
            Map.entry("BACKUP", "Sao lưu ngay"));
    private final EnumLabels labels;
    private final List<CodeWords> codeWords;

    AuditView(EnumLabels labels, List<CodeWords> codeWords) {
        this.labels = labels;
        this.codeWords = codeWords;
    }

    public String action(String action) {
        return ACTIONS.getOrDefault(action, labels.has(action) ? labels.label(action) : "Thay đổi khác");
    }

    public List<AuditChanges.Change> changes(AuditTrail.AuditEntry e) {
        return AuditChanges.of(e.beforeJson(), e.afterJson(), this::value);
    }

    /** A stored value in words: an enum name or a vocabulary code by its label, an indicator's code by its name, "2021-09" as "tháng 9/2021", "2021-09-17" as "17/09/2021". */
    String value(String v) {
        if (v.matches("[A-Z][A-Z0-9_]+")) {
            return labels.has(v) ? labels.label(v)
                    : codeWords.stream().map(w -> w.words(v)).flatMap(java.util.Optional::stream).findFirst().orElse(v);
        }
        if (v.matches("[a-z]+(\\.[A-Za-z]+)+")) {
            return codeWords.stream().map(w -> w.words(v)).flatMap(java.util.Optional::stream).findFirst().orElse(v);
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return "tháng " + Integer.parseInt(v.substring(5)) + "/" + v.substring(0, 4);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return v.substring(8) + "/" + v.substring(5, 7) + "/" + v.substring(0, 4);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            try {
                return vn.gov.khcn.shared.Formats.dateTime(java.time.OffsetDateTime.parse(v));
            } catch (java.time.format.DateTimeParseException e) {
                return v;
            }
        }
        return v;
    }
}
