package vn.gov.khcn.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class RegistersController {
    @GetMapping("/registers")
    String registers() {
        return "registers";
    }
}
