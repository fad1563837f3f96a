package vn.gov.khcn.signing.web;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.khcn.signing.internal.SigningConfiguration;

/** Checks the digital signature of an uploaded PDF: any signed-in user. Nothing uploaded is kept. */
@Controller
@RequestMapping("/signatures/verify")
record SignaturePages(SigningConfiguration config) {

    @GetMapping
    String form() {
        return "signatures/verify";
    }

    @PostMapping
    String verify(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Cần chọn một tệp PDF để kiểm tra chữ ký số.");
            return "signatures/verify";
        }
        var result = config.verifier().verify(file.getBytes());
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("valid", result.valid());
        model.addAttribute("lines", result.lines());
        return "signatures/verify";
    }
}
