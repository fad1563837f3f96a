package vn.gov.khcn.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.ImportRefusedException;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.exchange.spi.RowErrors;
import vn.gov.khcn.exchange.spi.RowWriter;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;

/**
 * Runs one import: checks the file, matches its headings to the register, then validates every row and
 * writes the valid ones in ONE transaction. Any error — a bad cell or a broken register rule — rolls the
 * whole file back: the errors are reported, nothing is written. Rows already in the register are skipped; the
 * register's claim ({@link ImportClaims}) makes imports of one register on several nodes write one after the other.
 */
@Component
public class ImportRunner {
    /** The progress row is updated every this many rows. */
    static final int PROGRESS_EVERY = 2_000;
    private final TransactionTemplate tx;
    private final ImportLog log;
    private final ImportClaims claims;

    ImportRunner(PlatformTransactionManager tm, ImportLog log, ImportClaims claims) {
        this.tx = new TransactionTemplate(tm);
        this.log = log;
        this.claims = claims;
    }

    /** What the file is and which register it belongs to, or refused with the reason. */
    public record Opened(FileKind kind, RegisterSheet<?> target) {
    }

    public Opened open(Path file, String name, RegisterSheet<?> chosen, RegisterSheets all, int rowLimit) {
        FileKind kind = FileInspector.inspect(file, name, rowLimit);
        if (kind == FileKind.ARCHIVE) {
            throw new ImportRefusedException("Tệp \"" + name + "\" là bản sao lưu toàn bộ CSDL (khcn export): chỉ nhập được bằng lệnh "
                    + "\"khcn import\" vào một CSDL trống, không nhập vào một sổ.");
        }
        if (chosen != null) {
            return new Opened(kind, chosen);
        }
        try (SheetSource src = source(kind, file, name, null)) {
            List<String> headings = src.hasNext() ? SheetHeadings.texts(src.next()) : List.of();
            RegisterSheet<?> r = all.recognise(kind, src.sheetNames(), headings);
            if (r != null) {
                return new Opened(kind, r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new ImportRefusedException("Không nhận ra tệp \"" + name + "\" thuộc sổ nào: dòng tiêu đề không khớp mẫu của sổ nào. "
                + "Hãy dùng mẫu tải về từ trang Trao đổi dữ liệu.");
    }

    /** Imports a file already opened; records the outcome in the imports log under {@code importId}. */
    public ImportOutcome run(long importId, Path file, String name, Opened opened, RegisterSheets all, int rowLimit, String reason) {
        RegisterSpec spec = opened.target().spec();
        Counter c = new Counter();
        List<ImportError> errors = new ArrayList<>();
        try (SheetSource src = source(opened.kind(), file, name, spec.sheetName())) {
            SheetHeadings.checkSheet(src, spec, name, all, opened.kind());
            if (!src.hasNext()) {
                throw new ImportRefusedException("Tệp \"" + name + "\" không có dòng nào.");
            }
            int headed = SheetHeadings.check(src.next(), src.sheetName(), spec, all);
            tx.executeWithoutResult(status -> {
                // one import of the register at a time on all nodes: this one sees the rows of any before it
                claims.hold(spec.key());
                try (RowWriter w = opened.target().open(importId, reason)) {
                    rows(src, spec, headed, w, c, errors, importId, rowLimit, name);
                    if (c.errors == 0) {
                        // rows a buffered writer finds already present at the flush were counted as added
                        long late = w.finish();
                        c.skipped += late;
                        c.added -= late;
                        if (late > 0) {
                            c.skippedLines.add(Formats.number(late) + " dòng " + w.lateSkipReason());
                        }
                    }
                } catch (DomainException e) {
                    if (e instanceof ImportRefusedException) {
                        throw e;
                    }
                    if (e instanceof RowErrors re) {
                        for (RowErrors.Problem p : re.problems()) {
                            String column = p.column() == null ? null
                                    : "cột " + Cells.letter(spec.indexOf(p.column())) + " (" + p.column().heading() + ")";
                            errors.add(p.rule() || column == null
                                    ? new ImportError(src.sheetName(), p.row(), null, null, column == null ? p.expected() : column + ": " + p.expected())
                                    : new ImportError(src.sheetName(), p.row(), column.substring(4), p.found(), p.expected()));
                            c.errors++;
                        }
                        if (errors.size() > ImportLog.KEPT_ERRORS) {
                            errors.subList(ImportLog.KEPT_ERRORS, errors.size()).clear();
                        }
                    } else {
                        errors.add(ImportError.ofFile(e.getMessage()));
                        c.errors++;
                    }
                }
                if (c.errors > 0) {
                    status.setRollbackOnly();
                }
            });
        } catch (ImportRefusedException e) {
            errors.add(ImportError.ofFile(e.getMessage()));
            c.errors = Math.max(c.errors + 1, errors.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // the detail goes to the server log; the clerk gets a plain message (no internals on the page)
            org.slf4j.LoggerFactory.getLogger(ImportRunner.class).error("Import {} failed", importId, e);
            log.finish(importId, spec.key(), "FAILED", c.read, 0, 0, c.errors, errors,
                    "Lỗi hệ thống khi nhập: không có dòng nào được ghi. Hãy báo quản trị (lần nhập số " + importId + ").");
            throw e;
        }
        ImportOutcome out = c.errors > 0
                ? new ImportOutcome(importId, spec.key(), c.read, 0, 0, c.errors, List.copyOf(errors))
                : new ImportOutcome(importId, spec.key(), c.read, c.added, c.skipped, 0, List.of());
        log.finish(importId, spec.key(), out.refused() ? "REFUSED" : "DONE", out.read(), out.added(), out.skipped(),
                out.errorCount(), errors, out.summary());
        if (!out.refused()) {
            log.skipped(importId, c.skippedLines, c.skippedUnnamed);
        }
        return out;
    }

    private void rows(SheetSource src, RegisterSpec spec, int headed, RowWriter w, Counter c, List<ImportError> errors, long importId,
                      int rowLimit, String name) {
        List<Column> cols = spec.columns();
        String sheet = src.sheetName();
        boolean date1904 = src.date1904();
        // each choice column's vocabulary is read once for the file; a value it lacks is reported once per column
        List<Map<String, String>> lookups = new ArrayList<>();
        List<UnknownChoices> unknown = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            boolean choice = cols.get(i).type() == ColumnType.CHOICE;
            lookups.add(choice ? Cells.lookup(cols.get(i)) : null);
            unknown.add(choice ? new UnknownChoices(cols.get(i), i) : null);
        }
        while (src.hasNext()) {
            RawRow raw = src.next();
            if (raw.isBlank()) {
                continue;
            }
            if (++c.read > rowLimit) {
                throw new ImportRefusedException("Tệp \"" + name + "\" có hơn " + Formats.number(rowLimit)
                        + " dòng dữ liệu (giới hạn mỗi lần nhập): hãy chia thành nhiều tệp.");
            }
            for (int i = headed; i < raw.cells().size(); i++) {
                if (raw.cell(i) != null && !(raw.cell(i) instanceof String s && s.isBlank())) {
                    errors.add(new ImportError(sheet, raw.number(), Cells.letter(i), Cells.shown(raw.cell(i)),
                            "ô trống: " + (headed < cols.size() ? "tệp" : "mẫu") + " chỉ có " + headed + " cột (A–"
                                    + Cells.letter(headed - 1) + ")"));
                    c.errors++;
                    break;
                }
            }
            int before = errors.size();
            Object[] values = new Object[cols.size()];
            long unknownBefore = c.unknownChoices;
            for (int i = 0; i < cols.size(); i++) {
                UnknownChoices u = unknown.get(i);
                int rowNumber = raw.number();
                // a column the file has no heading for (an earlier template's) is read as empty
                values[i] = Cells.convert(cols.get(i), i < headed ? raw.cell(i) : null, sheet, rowNumber, i, date1904, errors, lookups.get(i),
                        u == null ? null : value -> {
                            u.add(rowNumber, value);
                            c.unknownChoices++;
                        });
            }
            c.errors += errors.size() - before + (c.unknownChoices - unknownBefore);
            if (c.errors == 0) {
                try {
                    if (w.write(new ImportRow(spec, raw.number(), values))) {
                        c.added++;
                    } else {
                        c.skipped++;
                        if (c.skippedLines.size() < ImportLog.KEPT_ERRORS) {
                            c.skippedLines.add("Dòng " + raw.number() + ": " + w.skipReason());
                        } else {
                            c.skippedUnnamed++;
                        }
                    }
                } catch (DomainException | org.springframework.security.access.AccessDeniedException e) {
                    // a record of a unit the user may not edit is an error of that row, as a broken rule is
                    errors.add(new ImportError(sheet, raw.number(), null, null, e.getMessage()));
                    c.errors++;
                }
            }
            if (errors.size() > ImportLog.KEPT_ERRORS) {
                errors.subList(ImportLog.KEPT_ERRORS, errors.size()).clear();
            }
            if (c.read % PROGRESS_EVERY == 0) {
                log.progress(importId, c.read, c.added, c.skipped, c.errors);
            }
        }
        List<ImportError> perColumn = new ArrayList<>();
        for (UnknownChoices u : unknown) {
            if (u != null && u.rows() > 0) {
                perColumn.add(u.error(sheet));
            }
        }
        // one line per column, ahead of the row errors (the log keeps the first ones)
        errors.addAll(0, perColumn);
        if (errors.size() > ImportLog.KEPT_ERRORS) {
            errors.subList(ImportLog.KEPT_ERRORS, errors.size()).clear();
        }
    }

    static SheetSource source(FileKind kind, Path file, String name, String sheet) {
        return kind == FileKind.CSV ? new CsvSource(file, name) : new XlsxSource(file, name, sheet);
    }

    private static final class Counter {
        final List<String> skippedLines = new ArrayList<>();
        long skippedUnnamed;
        long read;
        long added;
        long skipped;
        long errors;
        long unknownChoices;
    }
}
