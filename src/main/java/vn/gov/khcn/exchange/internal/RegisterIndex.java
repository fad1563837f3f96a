package vn.gov.khcn.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.ClassUtils;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;

/**
 * What recognising a file's register needs of every register — its key, its sheet's class and name, and its column
 * headings (required or not) — in the order the registers are offered, kept in the jar ({@value #RESOURCE}): a command
 * that imports one file makes the sheet of that register only, not the sheets of all of them and every area's beans
 * (decision 0026). One line a register: key, class, sheet name, then a column a field ({@code 1} or {@code 0} for
 * required or not, then the heading), separated by tabs. {@code RegisterIndexTest} keeps the resource equal to the
 * sheets ({@link #write}); a sheet it does not describe is found by making them all, as before.
 */
final class RegisterIndex {
    static final String RESOURCE = "register-headings.tsv";

    /** One register as the index has it: the class of its sheet, and a spec holding only its key, sheet name and headings. */
    record Entry(String sheetClass, RegisterSpec spec) {
        /** Whether {@code sheet} is this register, with these headings. */
        boolean describes(RegisterSheet<?> sheet) {
            return ClassUtils.getUserClass(sheet).getName().equals(sheetClass) && line(sheet).equals(line(sheetClass, spec));
        }
    }

    private final List<Entry> entries;

    private RegisterIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    /** The index the jar holds (empty when it holds none: then every register is found by making them all). */
    static RegisterIndex load() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = RegisterIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new RegisterIndex(out);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(entry(line.split("\t", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RegisterIndex(out);
    }

    private static Entry entry(String[] f) {
        List<Column> cols = new ArrayList<>();
        for (int i = 3; i < f.length; i++) {
            cols.add(Column.text(f[i].substring(1), f[i].charAt(0) == '1', 0, null));
        }
        return new Entry(f[1], new RegisterSpec(f[0], f[0], "", f[2], cols, "", List.of()));
    }

    /** The text of the index of {@code sheets}, in their order (as {@link RegisterOrder#sort} leaves them). */
    static String write(List<RegisterSheet<?>> sheets) {
        StringBuilder b = new StringBuilder();
        sheets.forEach(s -> b.append(line(s)).append('\n'));
        return b.toString();
    }

    private static String line(RegisterSheet<?> sheet) {
        return line(ClassUtils.getUserClass(sheet).getName(), sheet.spec());
    }

    private static String line(String sheetClass, RegisterSpec spec) {
        StringBuilder b = new StringBuilder(spec.key()).append('\t').append(sheetClass).append('\t').append(spec.sheetName());
        spec.columns().forEach(c -> b.append('\t').append(c.required() ? '1' : '0').append(c.heading()));
        return b.toString();
    }
}
