package vn.gov.khcn.profile.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.khcn.profile.DepartmentProfiles;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.shared.DomainException;

/** The profile page (administrators): download this department's profile, or load one into a fresh installation. */
@Controller
@RequestMapping("/admin/profile")
record ProfilePages(DepartmentProfiles profiles, ReportSettings settings) {

    @GetMapping
    String page(Model model) {
        return page(model, null, null);
    }

    @GetMapping("/file")
    ResponseEntity<byte[]> file() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(profiles.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .body(profiles.export());
    }

    @PostMapping
    String load(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        try {
            List<String> loaded = profiles.load(file == null ? null : file.getBytes());
            return page(model, loaded, null);
        } catch (DomainException e) {
            return page(model, null, e.getMessage());
        }
    }

    private String page(Model model, List<String> loaded, String error) {
        model.addAttribute("parts", profiles.parts());
        model.addAttribute("fresh", !settings.get().complete());
        model.addAttribute("fileName", profiles.fileName());
        model.addAttribute("loaded", loaded);
        model.addAttribute("error", error);
        return "profile/index";
    }
}
