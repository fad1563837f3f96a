package vn.gov.khcn.identity.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.internal.LoginThrottles;

/** The login throttles of the last day, for an administrator to read and clear. ADMIN only (see SecurityConfig). */
@Controller
@RequestMapping("/admin/throttles")
record ThrottlePages(LoginThrottles throttles, AuditTrail audit) {

    @GetMapping
    String list(@org.springframework.web.bind.annotation.RequestParam(required = false) String export, Model model,
                jakarta.servlet.http.HttpServletResponse res) {
        if (vn.gov.khcn.shared.web.Downloads.requested(export)) {
            var when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
            vn.gov.khcn.shared.web.Downloads.table(res, export, "han-che-dang-nhap", "Han che dang nhap", java.util.List.of("Bị tính theo",
                    "Tài khoản / địa chỉ", "Số lần sai liên tiếp", "Lần sai cuối", "Được thử lại từ"), sink -> throttles.list().forEach(t ->
                    sink.accept(new Object[] {t.kind().label(), t.subject(), t.failures(),
                            when.format(t.lastFailureAt().atZoneSameInstant(java.time.ZoneId.systemDefault())),
                            when.format(t.nextAttemptAt().atZoneSameInstant(java.time.ZoneId.systemDefault()))})));
            return null;
        }
        model.addAttribute("throttles", throttles.list());
        model.addAttribute("now", java.time.OffsetDateTime.now());
        model.addAttribute("free", LoginThrottles.FREE_FAILURES);
        return "identity/throttles";
    }

    @PostMapping("/{id}/clear")
    String clear(@PathVariable long id, RedirectAttributes ra) {
        var entry = throttles.find(id);
        if (entry.isPresent() && throttles.clear(id)) {
            var e = entry.get();
            audit.record("login_throttle", id, "CLEAR", Map.of("kind", e.kind().name(), "subject", e.subject(), "failures", e.failures()), null);
            ra.addFlashAttribute("notice", "Đã xóa hạn chế đăng nhập của " + e.kind().label().toLowerCase() + " \"" + e.subject() + "\".");
        } else {
            ra.addFlashAttribute("error", "Hạn chế này không còn (đã hết hạn hoặc đã được xóa).");
        }
        return "redirect:/admin/throttles";
    }
}
