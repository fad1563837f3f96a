package vn.gov.khcn.exchange;

import java.io.OutputStream;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.internal.DocumentExchange;
import vn.gov.khcn.exchange.internal.ListWriter;
import vn.gov.khcn.exchange.internal.OrganisationExchange;
import vn.gov.khcn.exchange.internal.TaskExchange;
import vn.gov.khcn.exchange.internal.VerificationExchange;
import vn.gov.khcn.metrology.VerificationFilter;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.metrology.VerificationTransfer;
import vn.gov.khcn.tasks.EventKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.TaskQuery;
import vn.gov.khcn.tasks.Tasks;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;

/**
 * List exports to XLSX or CSV with the same filters as the registers' list pages. Rows come one at a time
 * from the owning register's {@code stream} method and go straight to the writer: memory stays constant.
 * The headings are the import template's, so an exported file can be imported again.
 */
@Service
public class Exports {
    private final Organisations organisations;
    private final Documents documents;
    private final Tasks tasks;
    private final VerificationTransfer verifications;
    private final Imports imports;

    Exports(Organisations organisations, Documents documents, Tasks tasks, VerificationTransfer verifications, Imports imports) {
        this.verifications = verifications;
        this.organisations = organisations;
        this.documents = documents;
        this.tasks = tasks;
        this.imports = imports;
    }

    public enum Format {
        XLSX, CSV;

        public static Format of(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s)) {
                    return f;
                }
            }
            throw new DomainException("format", "Định dạng \"" + s + "\" không hỗ trợ: chọn xlsx hoặc csv.");
        }
    }

    /** Writes the register's list, filtered as its list page is ({@code filters}: the page's query parameters). */
    public void export(String register, Format format, Map<String, String> filters, OutputStream out) {
        RegisterSpec spec = imports.register(register);
        try (ListWriter w = format == Format.XLSX ? ListWriter.xlsx(spec, out) : ListWriter.csv(spec, out)) {
            switch (register) {
                case "organisations" -> organisations.stream(filters.get("q"), enumOf(OrganisationKind.class, filters.get("kind")),
                        blank(filters.get("district")), o -> w.row(OrganisationExchange.toRow(o)));
                case "documents" -> documents.stream(filters.get("q"), enumOf(DocumentType.class, filters.get("type")),
                        integer(filters.get("year")), d -> w.row(DocumentExchange.toRow(d)));
                case "tasks" -> {
                    java.util.Map<Long, String> hosts = new java.util.HashMap<>();
                    java.util.function.Function<Long, String> host = id -> hosts.computeIfAbsent(id,
                            k -> organisations.find(k).map(vn.gov.khcn.organisations.Organisation::name).orElse(null));
                    tasks.stream(new TaskQuery(filters.get("q"), enumOf(TaskLevel.class, filters.get("level")),
                            enumOf(EventKind.class, filters.get("status")), integer(filters.get("startYear")), longOf(filters.get("hostId"))),
                            t -> w.row(TaskExchange.toRow(t, host)));
                }
                case "verifications" -> verifications.stream(new VerificationFilter(blank(filters.get("type")), integer(filters.get("year")),
                        enumOf(VerificationResult.class, filters.get("result")), longOf(filters.get("owner")), blank(filters.get("serial")),
                        date(filters.get("from")), date(filters.get("to"))), v -> w.row(VerificationExchange.toRow(v)));
                default -> throw new NotFoundException("danh sách xuất", register);
            }
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new DomainException("filter", "Giá trị lọc \"" + v + "\" không hợp lệ.");
        }
    }

    private static Integer integer(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("filter", "Năm \"" + v + "\" không hợp lệ.");
        }
    }

    private static Long longOf(String v) {
        Integer i = integer(v);
        return i == null ? null : i.longValue();
    }

    private static java.time.LocalDate date(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(v.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new DomainException("filter", "Ngày \"" + v + "\" không hợp lệ (cần yyyy-mm-dd).");
        }
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
