package vn.gov.khcn.exchange.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import vn.gov.khcn.exchange.spi.RegisterSheet;

/**
 * The registers' sheets, in the order they are offered ({@link RegisterOrder}), made when first asked for. One register
 * named by its key, or recognised from a file's sheet names and headings, is found through the {@link RegisterIndex}
 * and only its sheet is made: in a command's lazy context the other sheets, and the beans of their areas, are not
 * (decision 0026). When the index does not describe the sheets the application has (a register added, renamed or
 * changed since), or names no register for a file, the sheets are all made and asked, as before.
 */
@Component
public class RegisterSheets {
    private final ObjectProvider<RegisterSheet<?>> sheets;
    private final ListableBeanFactory beans;
    private final RegisterIndex index = RegisterIndex.load();
    private volatile List<RegisterSheet<?>> all;
    private volatile Boolean indexed;

    RegisterSheets(ObjectProvider<RegisterSheet<?>> sheets, ListableBeanFactory beans) {
        this.sheets = sheets;
        this.beans = beans;
    }

    /** Every register's sheet, in the order they are offered. */
    public List<RegisterSheet<?>> all() {
        List<RegisterSheet<?>> a = all;
        if (a == null) {
            synchronized (this) {
                a = all;
                if (a == null) {
                    a = RegisterOrder.sort(sheets.orderedStream().toList());
                    all = a;
                }
            }
        }
        return a;
    }

    /** The sheet of the register {@code key}. */
    public Optional<RegisterSheet<?>> byKey(String key) {
        if (all == null && indexed()) {
            for (RegisterIndex.Entry e : index.entries()) {
                if (e.spec().key().equals(key)) {
                    RegisterSheet<?> s = made(e);
                    if (s != null && e.describes(s)) {
                        return Optional.of(s);
                    }
                    break;
                }
            }
        }
        return all().stream().filter(r -> r.spec().key().equals(key)).findFirst();
    }

    /**
     * The register a file belongs to (null: none): the first, in order, whose sheet the workbook has, or whose headings
     * the file's are; else the first whose headings the file's begin with (a file of an earlier template).
     */
    RegisterSheet<?> recognise(FileKind kind, List<String> sheetNames, List<String> headings) {
        if (all == null && indexed()) {
            List<RegisterIndex.Entry> entries = index.entries();
            int i = SheetHeadings.recognise(entries.stream().map(RegisterIndex.Entry::spec).toList(), kind, sheetNames, headings);
            if (i >= 0) {
                RegisterSheet<?> s = made(entries.get(i));
                if (s != null && entries.get(i).describes(s)) {
                    return s;
                }
            }
        }
        List<RegisterSheet<?>> a = all();
        int i = SheetHeadings.recognise(a.stream().map(RegisterSheet::spec).toList(), kind, sheetNames, headings);
        return i < 0 ? null : a.get(i);
    }

    /** Whether the index names the classes of exactly the sheets the application has (read from their definitions, none made). */
    private boolean indexed() {
        Boolean known = indexed;
        if (known == null) {
            Set<String> defined = new HashSet<>();
            for (String name : beans.getBeanNamesForType(RegisterSheet.class, true, false)) {
                Class<?> type = beans.getType(name, false);
                defined.add(type == null ? name : ClassUtils.getUserClass(type).getName());
            }
            Set<String> listed = new HashSet<>();
            index.entries().forEach(e -> listed.add(e.sheetClass()));
            known = !listed.isEmpty() && listed.size() == index.entries().size() && listed.equals(defined);
            indexed = known;
        }
        return known;
    }

    private RegisterSheet<?> made(RegisterIndex.Entry e) {
        for (String name : beans.getBeanNamesForType(RegisterSheet.class, true, false)) {
            Class<?> type = beans.getType(name, false);
            if (type != null && ClassUtils.getUserClass(type).getName().equals(e.sheetClass())) {
                return (RegisterSheet<?>) beans.getBean(name);
            }
        }
        return null;
    }
}
