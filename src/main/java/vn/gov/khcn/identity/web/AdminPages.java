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
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.SimplePages;

/** Administration of accounts: create, disable, enable, reset a password. ADMIN only (see SecurityConfig). */
@Controller
@RequestMapping("/admin/users")
record AdminPages(UserAccounts accounts) {

    @GetMapping
    String list(@RequestParam(required = false) String export, Model model, jakarta.servlet.http.HttpServletResponse res) {
        if (vn.gov.khcn.shared.web.Downloads.requested(export)) {
            // names, roles and units only: never a password hash
            vn.gov.khcn.shared.web.Downloads.table(res, export, "tai-khoan", "Tai khoan", java.util.List.of("Tên đăng nhập", "Họ tên", "Vai trò",
                    "Đơn vị", "Đang dùng", "Tài khoản minh họa"), sink -> accounts.list().forEach(u -> sink.accept(new Object[] {u.username(),
                    u.fullName(), u.role().label(), u.unit() == null ? null : u.unit().label(), u.enabled() ? "Có" : "Không", u.demo() ? "Có" : "Không"})));
            return null;
        }
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", Unit.values());
        return "identity/users";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String fullName, @RequestParam Role role,
                  @RequestParam(required = false) Unit unit, @RequestParam String password, RedirectAttributes ra) {
        return SimplePages.act(() -> accounts.create(username, fullName, role, unit, password, false), "/admin/users",
                "Đã tạo tài khoản " + username + ".", ra);
    }

    @PostMapping("/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes ra) {
        return SimplePages.act(() -> accounts.setEnabled(username, enabled), "/admin/users", (enabled ? "Đã mở khóa " : "Đã khóa ")
                + username + (enabled ? "." : ": các phiên đăng nhập của tài khoản đã kết thúc."), ra);
    }

    @PostMapping("/{username}/password")
    String reset(@PathVariable String username, @RequestParam String password, RedirectAttributes ra) {
        return SimplePages.act(() -> accounts.resetPassword(username, password), "/admin/users",
                "Đã đặt lại mật khẩu của " + username + ": các phiên đăng nhập cũ của tài khoản đã kết thúc.", ra);
    }
}
