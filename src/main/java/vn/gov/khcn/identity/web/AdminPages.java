package vn.gov.khcn.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/** Administration of accounts: create, disable, enable, reset a password. ADMIN only (see SecurityConfig). */
@Controller
@RequestMapping("/admin/users")
class AdminPages {
    private final UserAccounts accounts;

    AdminPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", Unit.values());
        return "identity/users";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String fullName, @RequestParam Role role,
                  @RequestParam(required = false) Unit unit, @RequestParam String password, RedirectAttributes ra) {
        try {
            accounts.create(username, fullName, role, unit, password, false);
            ra.addFlashAttribute("notice", "Đã tạo tài khoản " + username + ".");
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes ra) {
        accounts.setEnabled(username, enabled);
        ra.addFlashAttribute("notice", (enabled ? "Đã mở khóa " : "Đã khóa ") + username + ".");
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/password")
    String reset(@PathVariable String username, @RequestParam String password, RedirectAttributes ra) {
        try {
            accounts.resetPassword(username, password);
            ra.addFlashAttribute("notice", "Đã đặt lại mật khẩu của " + username + ".");
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users";
    }
}
