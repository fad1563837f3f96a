package vn.gov.khcn.exchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
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
import vn.gov.khcn.exchange.Exports;
import vn.gov.khcn.exchange.ImportRecord;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;

/** The data-exchange page: templates, the upload form, the imports log with progress, and list exports. */
@Controller
@RequestMapping("/exchange")
class ExchangePages {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Imports imports;
    private final Exports exports;
    private final Path uploads;

    ExchangePages(Imports imports, Exports exports, @Value("${khcn.data-dir:./data}") String dataDir) {
        this.imports = imports;
        this.exports = exports;
        this.uploads = Path.of(dataDir).toAbsolutePath().normalize().resolve("imports");
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("registers", imports.registers());
        // the imports name their register by its title, as the templates do (not its key)
        model.addAttribute("titles", imports.registers().stream().collect(java.util.stream.Collectors.toMap(RegisterSpec::key, RegisterSpec::title,
                (a, b) -> a)));
        model.addAttribute("history", imports.recent(30));
        model.addAttribute("anyRunning", imports.recent(30).stream().anyMatch(ImportRecord::running));
        return "exchange/index";
    }

    @GetMapping("/templates/{key}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String key) {
        RegisterSpec spec = imports.register(key);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mau-" + spec.key() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(imports.template(key));
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) String register, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String reason)
            throws IOException {
        AccessPolicy.requireEditShared(CurrentUser.get());
        if (file == null || file.isEmpty()) {
            throw new DomainException("file", "Hãy chọn một tệp XLSX hoặc CSV để nhập.");
        }
        Files.createDirectories(uploads);
        Path tmp = Files.createTempFile(uploads, "import", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        String name = file.getOriginalFilename() == null ? "tep-nhap" : Path.of(file.getOriginalFilename()).getFileName().toString();
        Imports.Started started = imports.submit(tmp, name, register, reason);
        try {
            // a small file is done in a moment: show its result at once; a big one keeps running in the background
            started.done().get(5, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the page shows the progress or the failure
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "redirect:/exchange/imports/" + started.id();
    }

    @GetMapping("/imports/{id}")
    String result(@PathVariable long id, Model model) {
        ImportRecord r = imports.find(id).orElseThrow(() -> new NotFoundException("lần nhập", id));
        model.addAttribute("r", r);
        model.addAttribute("title", imports.registers().stream().filter(s -> s.key().equals(r.register()))
                .map(RegisterSpec::title).findFirst().orElse(r.register()));
        return "exchange/result";
    }

    @GetMapping("/export/{key}.{format}")
    void export(@PathVariable String key, @PathVariable String format, @RequestParam Map<String, String> filters,
                HttpServletResponse res) throws IOException {
        Exports.Format f = Exports.Format.of(format);
        RegisterSpec spec = imports.register(key);
        res.setContentType(f == Exports.Format.XLSX ? XLSX : "text/csv; charset=UTF-8");
        res.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(spec.key() + "." + f.name().toLowerCase(), StandardCharsets.UTF_8).build().toString());
        exports.export(key, f, filters, res.getOutputStream());
        res.flushBuffer();
    }
}
