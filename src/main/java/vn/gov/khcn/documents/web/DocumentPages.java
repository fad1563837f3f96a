package vn.gov.khcn.documents.web;

import java.io.IOException;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.DomainException;

@Controller
@RequestMapping("/documents")
class DocumentPages {
    private final Documents documents;

    DocumentPages(Documents documents) {
        this.documents = documents;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) DocumentType type,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", documents.search(q, type, year, Math.max(page, 0), 25));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("year", year);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("base", UriComponentsBuilder.fromPath("/documents").queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("type", Optional.ofNullable(type)).queryParamIfPresent("year", Optional.ofNullable(year))
                .encode().toUriString());
        return "documents/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, new DocumentCommand(null, null, null, null, null, null), null, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Document d = documents.get(id);
        model.addAttribute("doc", d);
        return form(model, new DocumentCommand(d.numberSymbol(), d.typeCode(), d.issuedOn(), d.issuer(), d.summary(), d.version()), id, null);
    }

    @PostMapping
    String create(DocumentCommand cmd, Model model, RedirectAttributes ra) {
        try {
            Document d = documents.register(cmd);
            ra.addFlashAttribute("notice", "Đã vào sổ văn bản " + d.numberSymbol() + ".");
            return "redirect:/documents/" + d.id();
        } catch (DomainException e) {
            return form(model, cmd, null, e);
        }
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DocumentCommand cmd, Model model, RedirectAttributes ra) {
        try {
            documents.update(id, cmd);
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:/documents/" + id;
        } catch (DomainException e) {
            model.addAttribute("doc", documents.get(id));
            return form(model, cmd, id, e);
        }
    }

    @PostMapping("/{id}/file")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes ra)
            throws IOException {
        documents.checkEditable(id);
        if (file == null || file.isEmpty()) {
            ra.addFlashAttribute("notice", "Chưa chọn tệp.");
        } else {
            documents.attach(id, file.getOriginalFilename(), file.getSize(), file.getInputStream());
            ra.addFlashAttribute("notice", "Đã đính kèm tệp.");
        }
        return "redirect:/documents/" + id;
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Document d = documents.get(id);
        return documents.file(id).map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes))
                .orElse(ResponseEntity.notFound().build());
    }

    private String form(Model model, DocumentCommand cmd, Long id, DomainException error) {
        model.addAttribute("cmd", cmd);
        model.addAttribute("id", id);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("error", error == null ? null : error.getMessage());
        return "documents/form";
    }
}
