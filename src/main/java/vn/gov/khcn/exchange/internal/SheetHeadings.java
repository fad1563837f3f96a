package vn.gov.khcn.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.khcn.exchange.ImportRefusedException;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.shared.VietnameseText;

/** A file's sheet and heading row against a register's: refused, naming the register the file is of, or matched. */
final class SheetHeadings {
    private SheetHeadings() {
    }

    /**
     * The register (its place in {@code specs}) a file belongs to, or -1: the first whose sheet the workbook has, or
     * whose headings the file's are; else the first whose headings the file's begin with (a file of an earlier template).
     */
    static int recognise(List<RegisterSpec> specs, FileKind kind, List<String> sheetNames, List<String> headings) {
        for (int i = 0; i < specs.size(); i++) {
            RegisterSpec s = specs.get(i);
            if (kind == FileKind.XLSX && sheetNames.contains(s.sheetName()) || matches(s, headings) && headings.size() == s.columns().size()) {
                return i;
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            if (matches(specs.get(i), headings)) {
                return i;
            }
        }
        return -1;
    }

    static void checkSheet(SheetSource src, RegisterSpec spec, String name, RegisterSheets all, FileKind kind) {
        if (kind != FileKind.XLSX || src.sheetNames().contains(spec.sheetName())) {
            return;
        }
        for (RegisterSheet<?> other : all.all()) {
            if (src.sheetNames().contains(other.spec().sheetName())) {
                throw new ImportRefusedException("Tệp \"" + name + "\" là mẫu của sổ \"" + other.spec().title() + "\", không phải sổ \""
                        + spec.title() + "\": hãy chọn đúng sổ, hoặc dùng mẫu của sổ \"" + spec.title() + "\".");
            }
        }
    }

    /** Refuses headings that are not the register's; returns how many of its columns the file has (the rest read as empty). */
    static int check(RawRow head, String sheet, RegisterSpec spec, RegisterSheets all) {
        List<String> found = texts(head);
        if (matches(spec, found)) {
            return Math.min(found.size(), spec.columns().size());
        }
        for (RegisterSheet<?> other : all.all()) {
            if (other.spec() != spec && matches(other.spec(), found)) {
                throw new ImportRefusedException("Các cột của tệp là của sổ \"" + other.spec().title() + "\", không phải sổ \""
                        + spec.title() + "\": hãy chọn đúng sổ, hoặc dùng mẫu của sổ \"" + spec.title() + "\".");
            }
        }
        List<String> problems = new ArrayList<>();
        List<Column> cols = spec.columns();
        for (int i = 0; i < Math.max(cols.size(), found.size()); i++) {
            String want = i < cols.size() ? cols.get(i).heading() : null;
            String got = i < found.size() ? found.get(i) : null;
            if (want == null && got != null) {
                problems.add("cột " + Cells.letter(i) + " có tiêu đề \"" + got + "\" nhưng mẫu không có cột này");
            } else if (want != null && !same(want, got)) {
                problems.add("cột " + Cells.letter(i) + " cần tiêu đề \"" + want + "\", tệp có " + (got == null ? "ô trống" : "\"" + got + "\""));
            }
        }
        throw new ImportRefusedException("Trang \"" + sheet + "\", dòng " + head.number() + ": các cột không đúng mẫu sổ \""
                + spec.title() + "\": " + String.join("; ", problems) + ".");
    }

    /**
     * The headings are the register's, in order; a file made before optional columns were added at the end (a template
     * of an earlier version) may lack them, and their cells are read as empty. A missing required column still refuses.
     */
    static boolean matches(RegisterSpec spec, List<String> found) {
        List<Column> cols = spec.columns();
        for (int i = found.size(); i < cols.size(); i++) {
            if (cols.get(i).required()) {
                return false;
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (i < cols.size() ? !same(cols.get(i).heading(), found.get(i)) : found.get(i) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String want, String got) {
        if (got == null) {
            return false;
        }
        String a = Objects.requireNonNull(VietnameseText.clean(want));
        return a.equalsIgnoreCase(got) || a.replace("*", "").strip().equalsIgnoreCase(got.replace("*", "").strip());
    }

    static List<String> texts(RawRow r) {
        List<String> out = new ArrayList<>();
        for (Object o : r.cells()) {
            out.add(VietnameseText.clean(Cells.shown(o instanceof RawRow.Formula f ? "=" + f.text() : o)));
        }
        while (!out.isEmpty() && out.get(out.size() - 1) == null) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
