package vn.gov.khcn.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a list, row by row, under a row of headings: XLSX with fastexcel, flushed every 1,000 rows, or CSV in
 * UTF-8 with a BOM (Excel then shows Vietnamese correctly). Values: LocalDate (a date cell, dd/mm/yyyy), Number
 * (a number cell), anything else as text. Memory stays constant whatever the number of rows.
 * <p>
 * CSV injection (OWASP): a text cell that a spreadsheet would take for a formula — one beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return — is written quoted, behind a single quote
 * ({@code "'=HYPERLINK(…)"}); {@link #unescapeFormula} takes exactly that quote away again, so the import reads
 * what was exported. Numbers and dates are written as they are ({@code -5} stays a number). XLSX text cells are
 * never formulas.
 */
public abstract sealed class TableWriter implements AutoCloseable {
    public static TableWriter xlsx(String sheetName, List<String> headings, OutputStream out) {
        return new Xlsx(sheetName, headings, out);
    }

    public static TableWriter csv(List<String> headings, OutputStream out) {
        return new Csv(headings, out);
    }

    public abstract void row(Object[] values);

    private static final String FORMULA_START = "=+-@\t\r";

    /**
     * The text a CSV cell written here stands for. A text that, past its own leading single quotes, begins as a
     * formula does is written behind one more quote (so a text "'=x" survives the round trip too); that one is removed.
     */
    public static String unescapeFormula(String cell) {
        return cell.startsWith("'") && formulaAfterQuotes(cell) ? cell.substring(1) : cell;
    }

    private static boolean formulaAfterQuotes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return i < s.length() && FORMULA_START.indexOf(s.charAt(i)) >= 0;
    }

    @Override
    public abstract void close();

    private static final class Xlsx extends TableWriter {
        private final Workbook wb;
        private final Worksheet ws;
        private int r;

        Xlsx(String sheetName, List<String> headings, OutputStream out) {
            wb = new Workbook(out, "KHCN", "1.0");
            ws = wb.newWorksheet(sheetName);
            for (int i = 0; i < headings.size(); i++) {
                ws.value(0, i, headings.get(i));
                ws.width(i, Math.min(60, Math.max(14, headings.get(i).length() + 4)));
            }
            ws.range(0, 0, 0, headings.size() - 1).style().bold().set();
            ws.freezePane(0, 1);
            r = 1;
        }

        @Override
        public void row(Object[] values) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof LocalDate d) {
                    ws.value(r, i, d);
                    ws.style(r, i).format("dd/mm/yyyy").set();
                } else if (v instanceof Number n) {
                    ws.value(r, i, n);
                } else if (v != null) {
                    ws.value(r, i, v.toString());
                }
            }
            if (++r % 1000 == 0) {
                try {
                    ws.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void close() {
            try {
                wb.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Csv extends TableWriter {
        private final Writer w;

        Csv(List<String> headings, OutputStream out) {
            w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try {
                w.write('\uFEFF');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            row(headings.toArray());
        }

        @Override
        public void row(Object[] values) {
            try {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    Object v = values[i];
                    String s = v == null ? "" : v instanceof LocalDate d ? Formats.date(d) : v.toString();
                    boolean text = !(v instanceof Number) && !(v instanceof LocalDate);
                    boolean formula = text && formulaAfterQuotes(s);
                    if (formula) {
                        s = "'" + s;
                    }
                    if (formula || s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                        s = "\"" + s.replace("\"", "\"\"") + "\"";
                    }
                    w.write(s);
                }
                w.write("\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
