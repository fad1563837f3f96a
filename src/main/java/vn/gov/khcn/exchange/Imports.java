package vn.gov.khcn.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.gov.khcn.exchange.internal.ImportLog;
import vn.gov.khcn.exchange.internal.ImportRunner;
import vn.gov.khcn.exchange.internal.RegisterSheets;
import vn.gov.khcn.exchange.internal.TemplateWriter;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.shared.NotFoundException;

/**
 * Spreadsheet imports: the registers that accept them, their templates, and imports run now (command
 * line, tests) or in the background (web) with their progress and results kept in the imports log.
 */
@Service
public class Imports implements DisposableBean {
    private final RegisterSheets registers;
    private final ImportRunner runner;
    private final ImportLog log;
    private final AuditTrail audit;
    private final int rowLimit;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "khcn-import");
        t.setDaemon(true);
        return t;
    });

    Imports(RegisterSheets registers, ImportRunner runner, ImportLog log, AuditTrail audit,
            @Value("${khcn.import.row-limit:1000000}") int rowLimit) {
        this.registers = registers;
        this.runner = runner;
        this.log = log;
        this.audit = audit;
        this.rowLimit = rowLimit;
    }

    public List<RegisterSpec> registers() {
        return registers.all().stream().map(RegisterSheet<?>::spec).toList();
    }

    public RegisterSpec register(String key) {
        return find(key).spec();
    }

    public byte[] template(String key) {
        return TemplateWriter.write(register(key));
    }

    /** Imports now; {@code registerKey} may be null to recognise the register from the file. */
    public ImportOutcome importFile(Path file, String fileName, String registerKey) {
        return importFile(file, fileName, registerKey, rowLimit, null);
    }

    /**
     * Imports now; {@code reason} says why rows dated in an issued report's period are added (null: none given,
     * such rows are refused and nothing is written).
     */
    public ImportOutcome importFile(Path file, String fileName, String registerKey, String reason) {
        return importFile(file, fileName, registerKey, rowLimit, reason);
    }

    /** As {@link #importFile(Path, String, String)} with another row limit (tests of the limit). */
    public ImportOutcome importFile(Path file, String fileName, String registerKey, int limit) {
        return importFile(file, fileName, registerKey, limit, null);
    }

    private ImportOutcome importFile(Path file, String fileName, String registerKey, int limit, String reason) {
        CurrentUser user = CurrentUser.get();
        AccessPolicy.requireEditShared(user);
        RegisterSheet<?> chosen = registerKey == null ? null : find(registerKey);
        long id = log.start(fileName, registerKey == null ? "?" : registerKey, user.username());
        return run(id, file, fileName, chosen, limit, reason);
    }

    /**
     * Starts an import in the background and returns at once: the log row {@code id} shows its progress.
     * The file is moved to the importer and deleted when done. {@code reason}: as {@link #importFile(Path, String, String, String)}.
     */
    public Started submit(Path file, String fileName, String registerKey, String reason) {
        CurrentUser user = CurrentUser.get();
        AccessPolicy.requireEditShared(user);
        RegisterSheet<?> chosen = registerKey == null || registerKey.isBlank() ? null : find(registerKey);
        long id = log.start(fileName, chosen == null ? "?" : chosen.spec().key(), user.username());
        CompletableFuture<ImportOutcome> done = new CompletableFuture<>();
        background.execute(CurrentUser.carriedInto(() -> {
            try {
                done.complete(run(id, file, fileName, chosen, rowLimit, reason));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }));
        return new Started(id, done);
    }

    public record Started(long id, CompletableFuture<ImportOutcome> done) {
    }

    private ImportOutcome run(long id, Path file, String fileName, RegisterSheet<?> chosen, int limit, String reason) {
        ImportOutcome out;
        try {
            ImportRunner.Opened opened = runner.open(file, fileName, chosen, registers, limit);
            out = runner.run(id, file, fileName, opened, registers, limit, vn.gov.khcn.shared.VietnameseText.clean(reason));
        } catch (ImportRefusedException e) {
            ImportError err = ImportError.ofFile(e.getMessage());
            String key = chosen == null ? "?" : chosen.spec().key();
            log.finish(id, key, "REFUSED", 0, 0, 0, 1, List.of(err), "Không nhập: " + e.getMessage());
            out = new ImportOutcome(id, key, 0, 0, 0, 1, List.of(err));
        } catch (UncheckedIOException e) {
            log.finish(id, chosen == null ? "?" : chosen.spec().key(), "FAILED", 0, 0, 0, 0, List.of(),
                    "Không đọc được tệp (tệp hỏng hoặc không truy cập được): không có dòng nào được ghi.");
            throw e;
        }
        audit.record("exchange_import", id, "IMPORT", null, out.summary());
        return out;
    }

    public Optional<ImportRecord> find(long id) {
        return log.find(id);
    }

    public List<ImportRecord> recent(int limit) {
        return log.recent(limit);
    }

    private RegisterSheet<?> find(String key) {
        return registers.byKey(key).orElseThrow(() -> new NotFoundException("sổ nhập dữ liệu", key));
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
