package vn.gov.khcn.backup.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.backup.BackupRun;
import vn.gov.khcn.backup.ScheduledBackups;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.web.Downloads;

/** The backups: the schedule and retention in force, every run (newest first), and "Sao lưu ngay". ADMIN only (SecurityConfig). */
@Controller
@RequestMapping("/admin/backups")
class BackupPages {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private final ScheduledBackups backups;
    private final AuditTrail audit;
    private final String cron;

    BackupPages(ScheduledBackups backups, AuditTrail audit, @Value("${khcn.backup.cron:0 30 1 * * *}") String cron) {
        this.backups = backups;
        this.audit = audit;
        this.cron = cron;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String export, Model model, HttpServletResponse res) {
        if (Downloads.requested(export)) {
            Downloads.table(res, export, "sao-luu", "Sao luu", List.of("Số", "Bắt đầu", "Kết thúc", "Cách chạy", "Máy chủ", "Tệp",
                    "Dung lượng (byte)", "Kết quả", "Lỗi", "Tệp đã xóa lúc"), sink -> backups.eachRun(r -> sink.accept(new Object[] {r.id(),
                            when(r.startedAt()), when(r.finishedAt()), r.triggerText(), r.node(), r.fileName(), r.sizeBytes(), r.outcome().label(),
                            r.errorMessage(), when(r.removedAt())})));
            return null;
        }
        model.addAttribute("page", backups.page(Math.max(page, 0), 20));
        model.addAttribute("base", "/admin/backups");
        model.addAttribute("schedule", scheduleWords(cron));
        model.addAttribute("settings", backups.settings());
        model.addAttribute("folder", backups.settings().folder().toAbsolutePath().toString());
        return "backup/list";
    }

    @PostMapping("/run")
    String run(RedirectAttributes ra) {
        BackupRun r;
        try {
            r = backups.runNow(CurrentUser.get().username());
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
            return "redirect:/admin/backups";
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", r.fileName());
        after.put("outcome", r.outcome().name());
        audit.record("backup_run", r.id(), "BACKUP", null, after);
        if (r.outcome() == BackupRun.Outcome.SUCCEEDED) {
            ra.addFlashAttribute("notice", "Đã sao lưu vào tệp " + r.fileName() + " (" + vn.gov.khcn.shared.Formats.number(r.sizeBytes()) + " byte).");
        } else {
            ra.addFlashAttribute("error", "Sao lưu không thành công: " + r.errorMessage());
        }
        return "redirect:/admin/backups";
    }

    private static String when(java.time.OffsetDateTime t) {
        return t == null ? null : WHEN.format(t.atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** "0 30 1 * * *" → "hằng ngày lúc 01:30"; other expressions are shown as they are. */
    static String scheduleWords(String cron) {
        if (cron == null || cron.isBlank() || cron.strip().equals("-")) {
            return "đã tắt (khcn.backup.cron=-): chỉ sao lưu khi bấm \"Sao lưu ngay\"";
        }
        String[] f = cron.strip().split("\\s+");
        if (f.length == 6 && f[0].matches("\\d+") && f[1].matches("\\d+") && f[2].matches("\\d+") && f[3].equals("*") && f[4].equals("*")
                && f[5].equals("*")) {
            return String.format("hằng ngày lúc %02d:%02d", Integer.parseInt(f[2]), Integer.parseInt(f[1]));
        }
        return "theo biểu thức lịch " + cron.strip();
    }
}
