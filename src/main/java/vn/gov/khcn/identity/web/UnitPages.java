package vn.gov.khcn.identity.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.identity.DepartmentUnits;
import vn.gov.khcn.identity.UnitCommand;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/**
 * The department's org chart (ADMIN, see SecurityConfig): add a unit, rename, reorder, retire or bring one back, and
 * choose the registers each keeps. A unit is never deleted.
 */
@Controller
@RequestMapping("/admin/units")
record UnitPages(DepartmentUnits units) {

    @GetMapping
    String list(@RequestParam(required = false) String export, Model model, jakarta.servlet.http.HttpServletResponse res) {
        if (vn.gov.khcn.shared.web.Downloads.requested(export)) {
            vn.gov.khcn.shared.web.Downloads.table(res, export, "don-vi", "Don vi", List.of("Mã", "Tên đơn vị", "Tên ngắn", "Thứ tự",
                    "Sổ đơn vị giữ", "Đang dùng"), sink -> units.list().forEach(u -> sink.accept(new Object[] {u.code(), u.name(), u.shortName(),
                    u.position(), String.join("; ", u.registers().stream().map(Unit::registerName).toList()), u.retired() ? "Không" : "Có"})));
            return null;
        }
        model.addAttribute("units", units.list());
        model.addAttribute("registers", units.registers());
        model.addAttribute("menuItem", "admin");
        return "identity/units";
    }

    @PostMapping
    String add(@RequestParam String code, @RequestParam String name, @RequestParam(required = false) String shortName,
               @RequestParam(required = false) Integer position, @RequestParam(required = false) List<String> registers,
               RedirectAttributes ra) {
        return act(() -> units.add(new UnitCommand(code, name, shortName, position, false, registers == null ? List.of() : registers, null)),
                "Đã thêm đơn vị " + name + ".", ra);
    }

    @PostMapping("/{code}")
    String change(@PathVariable String code, @RequestParam String name, @RequestParam(required = false) String shortName,
                  @RequestParam(required = false) Integer position, @RequestParam(defaultValue = "false") boolean retired,
                  @RequestParam(required = false) List<String> registers, @RequestParam(required = false) Integer version,
                  RedirectAttributes ra) {
        return act(() -> units.change(code, new UnitCommand(code, name, shortName == null ? "" : shortName, position, retired,
                registers == null ? List.of() : registers, version)), "Đã lưu đơn vị " + name + ".", ra);
    }

    private static String act(Runnable action, String notice, RedirectAttributes ra) {
        try {
            action.run();
            ra.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
        } catch (ConcurrentEditException e) {
            ra.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/units";
    }
}
