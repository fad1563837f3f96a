package vn.gov.khcn.documents.web;

import static vn.gov.khcn.shared.web.SimplePages.save;

import java.io.IOException;
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
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentQuery;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.web.SimplePages;

@Controller
@RequestMapping("/documents")
record DocumentPages(Documents documents) {

    @GetMapping
    String list(DocumentQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", documents.search(query, Math.max(page, 0), 25));
        model.addAttribute("q", query.q());
        model.addAttribute("type", query.type());
        model.addAttribute("year", query.year());
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("base", SimplePages.base("/documents", "q", query.q(), "type", query.type(), "year", query.year()));
        return "documents/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, DocumentCommand.of(null, null, null, null, null), null, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Document d = documents.get(id);
        return form(model, new DocumentCommand(d.numberSymbol(), d.typeCode(), d.issuedOn(), d.issuer(), d.summary(), d.version()), id, null);
    }

    @PostMapping
    String create(DocumentCommand c, Model model, RedirectAttributes ra) {
        return save(() -> documents.register(c).id(), "/documents/", "Đã vào sổ văn bản.", e -> form(model, c, null, e), ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DocumentCommand c, Model model, RedirectAttributes ra) {
        return save(() -> documents.correct(id, c).id(), "/documents/", "Đã lưu.", e -> form(model, c, id, e), ra);
    }

    @PostMapping("/{id}/file")
    String upload(@PathVariable long id, @RequestParam(required = false) Integer version,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes ra) throws IOException {
        documents.checkEditable(id);
        if (file == null || file.isEmpty()) {
            ra.addFlashAttribute("notice", "Chưa chọn tệp.");
        } else {
            documents.attach(id, version, file.getOriginalFilename(), file.getSize(), file.getInputStream());
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
        if (id != null) {
            model.addAttribute("doc", documents.get(id));
        }
        model.addAttribute("cmd", cmd);
        model.addAttribute("id", id);
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("error", error == null ? null : error.getMessage());
        return "documents/form";
    }
}
