package vn.gov.khcn.exchange.internal;

import java.io.OutputStream;
import java.util.List;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.shared.TableWriter;

/** A register's list written with its import template's headings and sheet name, so an export imports again. */
public final class ListWriter {
    private ListWriter() {
    }

    public static TableWriter xlsx(RegisterSpec spec, OutputStream out) {
        return TableWriter.xlsx(spec.sheetName(), headings(spec), out);
    }

    public static TableWriter csv(RegisterSpec spec, OutputStream out) {
        return TableWriter.csv(headings(spec), out);
    }

    private static List<String> headings(RegisterSpec spec) {
        return spec.columns().stream().map(Column::heading).toList();
    }
}
