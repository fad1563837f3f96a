package vn.gov.khcn.identity.web;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.khcn.identity.AuditTrail;

/** The audit page: read-only, filtered by user, record and date. Viewers see nothing here. */
@Controller
class AuditPages {
    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ADMIN','DIRECTOR','OFFICE','UNIT_STAFF')")
    String list(@RequestParam(required = false) String user, @RequestParam(required = false) String type,
                @RequestParam(required = false) Long id, @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
                @RequestParam(required = false) String export, Model model, jakarta.servlet.http.HttpServletResponse res) {
        String u = user == null || user.isBlank() ? null : user.strip();
        String t = type == null || type.isBlank() ? null : type.strip();
        if (vn.gov.khcn.shared.web.Downloads.requested(export)) {
            vn.gov.khcn.shared.web.Downloads.table(res, export, "nhat-ky-thay-doi", "Nhat ky", java.util.List.of("Số", "Lúc", "Người thực hiện",
                    "Loại hồ sơ", "Mã hồ sơ", "Thao tác", "Trước", "Sau", "Lý do"), sink -> audit.stream(u, t, id, from, to, e -> sink.accept(
                    new Object[] {e.id(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").format(e.at().atZoneSameInstant(java.time.ZoneId.systemDefault())),
                            e.username(), e.entityType(), e.entityId(), e.action(), e.beforeJson(), e.afterJson(), e.reason()})));
            return null;
        }
        model.addAttribute("page", audit.search(u, t, id, from, to, Math.max(page, 0), 50));
        model.addAttribute("user", u);
        model.addAttribute("type", t);
        model.addAttribute("id", id);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/audit").queryParamIfPresent("user", Optional.ofNullable(u))
                .queryParamIfPresent("type", Optional.ofNullable(t)).queryParamIfPresent("id", Optional.ofNullable(id))
                .queryParamIfPresent("from", Optional.ofNullable(from)).queryParamIfPresent("to", Optional.ofNullable(to))
                .encode().toUriString());
        return "identity/audit";
    }
}
