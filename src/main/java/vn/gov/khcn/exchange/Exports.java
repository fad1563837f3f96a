package vn.gov.khcn.exchange;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.khcn.exchange.internal.ListWriter;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;

/**
 * List exports to XLSX or CSV with the same filters as the registers' list pages. Rows come one at a time
 * from the register's {@link RegisterSheet<?>#export} and go straight to the writer: memory stays constant.
 * The headings are the import template's, so an exported file can be imported again.
 */
@Service
public class Exports {
    private final List<RegisterSheet<?>> registers;

    Exports(List<RegisterSheet<?>> registers) {
        this.registers = registers;
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

    /**
     * Writes the register's list, filtered as its list page is: {@code filters} are the page's query parameters,
     * bound to the register's query record as the page binds them. A filter that does not parse is a Vietnamese
     * error and nothing is written.
     */
    public void export(String register, Format format, Map<String, String> filters, OutputStream out) {
        RegisterSheet<?> r = registers.stream().filter(x -> x.spec().key().equals(register)).findFirst()
                .orElseThrow(() -> new NotFoundException("danh sách xuất", register));
        write(r, filters, format, out);
    }

    /** The rows of the register's export under {@code filters}, one at a time, as template rows (column order). */
    public void each(String register, Map<String, String> filters, java.util.function.Consumer<Object[]> sink) {
        each(registers.stream().filter(x -> x.spec().key().equals(register)).findFirst()
                .orElseThrow(() -> new NotFoundException("danh sách xuất", register)), filters, sink);
    }

    private static <Q> void each(RegisterSheet<Q> r, Map<String, String> filters, java.util.function.Consumer<Object[]> sink) {
        r.export(QueryBinding.bind(r.queryType(), filters), sink);
    }

    private static <Q> void write(RegisterSheet<Q> r, Map<String, String> filters, Format format, OutputStream out) {
        Q query = QueryBinding.bind(r.queryType(), filters);
        try (vn.gov.khcn.shared.TableWriter w = format == Format.XLSX ? ListWriter.xlsx(r.spec(), out) : ListWriter.csv(r.spec(), out)) {
            r.export(query, w::row);
        }
    }
}
