package vn.gov.khcn.exchange;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.khcn.exchange.internal.ListWriter;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;

/**
 * List exports to XLSX or CSV with the same filters as the registers' list pages. Rows come one at a time
 * from the register's {@link RegisterImport#export} and go straight to the writer: memory stays constant.
 * The headings are the import template's, so an exported file can be imported again.
 */
@Service
public class Exports {
    private final List<RegisterImport> registers;

    Exports(List<RegisterImport> registers) {
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

    /** Writes the register's list, filtered as its list page is ({@code filters}: the page's query parameters). */
    public void export(String register, Format format, Map<String, String> filters, OutputStream out) {
        RegisterImport r = registers.stream().filter(x -> x.spec().key().equals(register)).findFirst()
                .orElseThrow(() -> new NotFoundException("danh sách xuất", register));
        try (vn.gov.khcn.shared.TableWriter w = format == Format.XLSX ? ListWriter.xlsx(r.spec(), out) : ListWriter.csv(r.spec(), out)) {
            r.export(filters, w::row);
        }
    }
}
