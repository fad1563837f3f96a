package vn.gov.khcn.technology.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Phòng QLCN&SHTT's registers: they open at their first tab. */
@Controller
class TechnologyPages {
    @GetMapping("/technology")
    String home() {
        return "redirect:/technology/appraisals";
    }
}
