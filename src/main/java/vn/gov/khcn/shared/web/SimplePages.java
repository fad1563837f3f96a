package vn.gov.khcn.shared.web;

import java.util.List;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;

/**
 * Two plain page shapes the small registers share: a filtered, paged table and a stacked form (a record's page,
 * which may also show facts, a table of its children and a form adding one). A controller fills one of these
 * records and renders {@code simple/table} or {@code simple/record-form}.
 */
public final class SimplePages {
    private static final PageResult<Object> NO_PAGES = new PageResult<>(List.of(), 0, 1, 0);

    private SimplePages() {
    }

    /** A cell row of a list; {@code flagged} rows are highlighted with {@code flag} as the reason. */
    public record Row(String href, List<String> cells, String flag) {
        public Row(String href, List<String> cells) {
            this(href, cells, null);
        }

        /** A row of values shown as {@link #text(Object)} does. */
        public static Row of(String href, Object... cells) {
            return new Row(href, java.util.Arrays.stream(cells).map(SimplePages::text).toList());
        }
    }

    /** A filter input of a list page: an input of {@code type} (text, number), or a select when options are given. */
    public record Filter(String name, String label, String value, List<Option> options, String type) {
        public Filter(String name, String label, String value, List<Option> options) {
            this(name, label, value, options, "text");
        }

        /** The "Năm" filter of a list by year: a number input named {@code year}. */
        public static Filter year(Integer year) {
            return new Filter("year", "Năm", year == null ? null : year.toString(), List.of(), "number");
        }
    }

    public record Option(String value, String label) {
    }

    /**
     * A list page; {@code owner}: the unit whose register it is, whose staff alone see its "add" button (null: a register
     * every writer keeps for their own unit, or a shared one).
     */
    public record Table(String title, String note, String newHref, String newLabel, List<String> columns, List<Row> rows,
                        PageResult<?> page, String base, List<Filter> filters, List<Link> links, vn.gov.khcn.shared.Unit owner) {
        public Table(String title, String note, String newHref, String newLabel, List<String> columns, List<Row> rows,
                     PageResult<?> page, String base, List<Filter> filters, List<Link> links) {
            this(title, note, newHref, newLabel, columns, rows, page, base, filters, links, null);
        }

        /** The same list as the register of {@code unit}: only its staff (and administrators) see "add". */
        public Table ownedBy(vn.gov.khcn.shared.Unit unit) {
            return new Table(title, note, newHref, newLabel, columns, rows, page, base, filters, links, unit);
        }
    }

    public record Link(String href, String label) {
    }

    /** A read-only fact of a record's page, listed above its form. */
    public record Fact(String label, String value) {
        public static Fact of(String label, Object value) {
            return new Fact(label, text(value));
        }
    }

    /** A form below a record's page that adds a child to it (submitted with "Thêm"). */
    public record ChildForm(String title, String action, List<Field> fields) {
    }

    /** The children of a record, listed below its form; {@code add} (may be null) adds one. */
    public record Children(String title, List<String> columns, List<Row> rows, ChildForm add) {
    }

    /**
     * One input of a form: type is text, date, number, month, textarea, select, organisation (a select of
     * organisations with a type-ahead search box), reload (a select that reloads a new record's form), checkbox or hidden.
     */
    public record Field(String name, String label, String type, Object value, List<Option> options, boolean required) {
        public static Field text(String name, String label, Object value, boolean required) {
            return new Field(name, label, "text", value, List.of(), required);
        }

        public static Field of(String type, String name, String label, Object value, boolean required) {
            return new Field(name, label, type, value, List.of(), required);
        }

        public static Field select(String name, String label, Object value, List<Option> options, boolean required) {
            return new Field(name, label, "select", value == null ? null : value.toString(), options, required);
        }

        /**
         * A select on a new record's form whose choice changes the form's other fields: choosing reloads the form
         * ({@code ACTION/new?NAME=VALUE}) with the fields of that choice.
         */
        public static Field reload(String name, String label, Object value, List<Option> options) {
            return new Field(name, label, "reload", value == null ? null : value.toString(), options, true);
        }

        /**
         * A select of organisations: the page's script adds a search box that looks the whole register up as the
         * user types ({@code options} hold the first page of names and the current choice).
         */
        public static Field organisation(String name, String label, Object value, List<Option> options, boolean required) {
            return new Field(name, label, "organisation", value == null ? null : value.toString(), options, required);
        }

        /**
         * A document of the register, by its id: the page's script turns the field into a search picker (number,
         * symbol or words of the summary) that shows the chosen document as a chip; without script the id is typed.
         */
        public static Field document(String name, String label, Object value, boolean required) {
            return new Field(name, label, "document", value, List.of(), required);
        }

        /** Documents of the register, their ids separated by commas: a picker of several, as {@link #document}. */
        public static Field documents(String name, String label, Object value, boolean required) {
            return new Field(name, label, "documents", value, List.of(), required);
        }

        /**
         * Why a record dated in an issued report's period is added ({@code id} null) or changed: asked only then, so
         * the field says when it is needed.
         */
        public static Field reason(Long id) {
            return text("reason", id == null ? "Lý do thêm (chỉ khi ngày thuộc kỳ báo cáo đã ban hành)"
                    : "Lý do sửa (chỉ khi ngày thuộc kỳ báo cáo đã ban hành)", null, false);
        }
    }

    /**
     * A record's page: a form (none when {@code action} is null: a read-only page), the facts above it and the
     * children below it.
     */
    public record Form(String title, String action, String back, List<Field> fields, Integer version, String error,
                       String errorField, String auditType, Long id, List<Link> links, List<Fact> facts, List<Children> children,
                       vn.gov.khcn.shared.Unit owner) {
        public Form(String title, String action, String back, List<Field> fields, Integer version, String error,
                    String errorField, String auditType, Long id, List<Link> links) {
            this(title, action, back, fields, version, error, errorField, auditType, id, links, List.of(), List.of());
        }

        public Form(String title, String action, String back, List<Field> fields, Integer version, String error,
                    String errorField, String auditType, Long id, List<Link> links, List<Fact> facts, List<Children> children) {
            this(title, action, back, fields, version, error, errorField, auditType, id, links, facts, children, null);
        }

        /**
         * The same page as a record of {@code unit}'s register: to anyone else who is not an administrator it shows
         * read-only, saying why (null: any writer may save it).
         */
        public Form ownedBy(vn.gov.khcn.shared.Unit unit) {
            return new Form(title, action, back, fields, version, error, errorField, auditType, id, links, facts, children, unit);
        }

        /** A read-only page of a record's facts. */
        public static Form view(String title, String back, List<Fact> facts, String auditType, long id) {
            return new Form(title, null, back, List.of(), null, null, null, auditType, id, List.of(), facts, List.of());
        }

        public Form withError(DomainException e) {
            return e == null ? this
                    : new Form(title, action, back, fields, version, e.getMessage(), e.field(), auditType, id, links, facts, children, owner);
        }

        public Form withFacts(List<Fact> more) {
            return new Form(title, action, back, fields, version, error, errorField, auditType, id, links, more, children, owner);
        }

        public Form withChildren(Children more) {
            return new Form(title, action, back, fields, version, error, errorField, auditType, id, links, facts, List.of(more), owner);
        }
    }

    /**
     * Offers "Xuất XLSX / Xuất CSV" on this list page: the register {@code key} of {@code /exchange/export}
     * streams the rows the page's filters select, in the register's import-template columns.
     */
    public static void exportAs(org.springframework.ui.Model model, String key) {
        model.addAttribute("exportKey", key);
    }

    public static String show(org.springframework.ui.Model model, Table t) {
        model.addAttribute("t", t);
        // the layout's pager reads page and base: an empty page keeps it hidden on a list of one page
        model.addAttribute("page", t.page() == null ? NO_PAGES : t.page());
        model.addAttribute("base", t.base() == null ? "" : t.base());
        return "simple/table";
    }

    public static String show(org.springframework.ui.Model model, Form f) {
        model.addAttribute("f", f);
        return "simple/record-form";
    }

    /** The whole of a short list as its one page: the table counts its rows and shows no pager. */
    public static <T> PageResult<T> whole(List<T> rows) {
        return new PageResult<>(rows, 0, Math.max(1, rows.size()), rows.size());
    }

    /** A value as a cell or fact shows it: nothing for null, a date as dd/MM/yyyy. */
    public static String text(Object o) {
        if (o == null) {
            return "";
        }
        return o instanceof java.time.LocalDate d ? vn.gov.khcn.shared.Formats.date(d) : String.valueOf(o);
    }

    /**
     * Runs a save; on success redirects to {@code redirect + id} with a notice, on a broken rule shows
     * the form again with the message next to its field.
     */
    public static String save(java.util.function.LongSupplier action, String redirect, Form form, org.springframework.ui.Model model,
                              org.springframework.web.servlet.mvc.support.RedirectAttributes ra) {
        try {
            long id = action.getAsLong();
            ra.addFlashAttribute("notice", "Đã lưu.");
            return "redirect:" + redirect + id;
        } catch (DomainException e) {
            return show(model, form.withError(e));
        }
    }

    /**
     * As {@link #save(java.util.function.LongSupplier, String, Form, org.springframework.ui.Model,
     * org.springframework.web.servlet.mvc.support.RedirectAttributes)}, for a page with its own template: on
     * success shows {@code notice}; {@code form} renders the page again with the broken rule.
     */
    public static String save(java.util.function.LongSupplier action, String redirect, String notice,
                              java.util.function.Function<DomainException, String> form,
                              org.springframework.web.servlet.mvc.support.RedirectAttributes ra) {
        try {
            long id = action.getAsLong();
            ra.addFlashAttribute("notice", notice);
            return "redirect:" + redirect + id;
        } catch (DomainException e) {
            return form.apply(e);
        }
    }

    /**
     * Runs an action posted from a button (not a form to show again): redirects to {@code redirect} with
     * {@code notice}, or with the broken rule's message when the action is refused. Nothing was written then.
     */
    public static String act(Runnable action, String redirect, String notice,
                             org.springframework.web.servlet.mvc.support.RedirectAttributes ra) {
        try {
            action.run();
            ra.addFlashAttribute("notice", notice);
        } catch (DomainException e) {
            ra.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + redirect;
    }

    /** A list's address with its filters, for the pager. */
    public static String base(String path, java.util.Map<String, ?> filters) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
        filters.forEach((k, v) -> b.queryParamIfPresent(k, java.util.Optional.ofNullable(v)));
        return b.encode().toUriString();
    }

    /**
     * A list's address with its filters given as names and values in pairs ({@code "q", query.q(), "year", query.year()}),
     * for the pager; a filter without a value is left out. The same address as {@link #base(String, java.util.Map)} with
     * those pairs put in a {@code HashMap}.
     */
    public static String base(String path, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("filters come in pairs of a name and a value");
        }
        java.util.Map<String, Object> filters = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            filters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return base(path, filters);
    }

    /** Options from a map of values to labels, in the map's order. */
    public static List<Option> options(java.util.Map<?, String> values) {
        return values.entrySet().stream().map(e -> new Option(String.valueOf(e.getKey()), e.getValue())).toList();
    }

    /** Options from the department's units (their codes, their names as they print). */
    public static List<Option> options(vn.gov.khcn.shared.Unit[] values, java.util.function.Function<vn.gov.khcn.shared.Unit, String> label) {
        return java.util.Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }

    /** Options from an enum with a label() method. */
    public static <E extends Enum<E>> List<Option> options(E[] values, java.util.function.Function<E, String> label) {
        return java.util.Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
