package vn.gov.khcn.shared.web;

import java.util.List;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.PageResult;

/**
 * Two plain page shapes the small registers share: a filtered, paged table and a stacked form. A
 * controller fills one of these records and renders {@code simple/table} or {@code simple/record-form}.
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
    }

    /** A filter input of a list page: text, or a select when options are given. */
    public record Filter(String name, String label, String value, List<Option> options) {
    }

    public record Option(String value, String label) {
    }

    public record Table(String title, String note, String newHref, String newLabel, List<String> columns, List<Row> rows,
                        PageResult<?> page, String base, List<Filter> filters, List<Link> links) {
    }

    public record Link(String href, String label) {
    }

    /** One input of a form: type is text, date, number, month, textarea, select or checkbox. */
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
    }

    public record Form(String title, String action, String back, List<Field> fields, Integer version, String error,
                       String errorField, String auditType, Long id, List<Link> links) {
        public Form withError(DomainException e) {
            return new Form(title, action, back, fields, version, e.getMessage(), e.field(), auditType, id, links);
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
        model.addAttribute("page", NO_PAGES);
        model.addAttribute("base", "");
        return "simple/record-form";
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

    /** A list's address with its filters, for the pager. */
    public static String base(String path, java.util.Map<String, ?> filters) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath(path);
        filters.forEach((k, v) -> b.queryParamIfPresent(k, java.util.Optional.ofNullable(v)));
        return b.encode().toUriString();
    }

    /** Options from an enum with a label() method. */
    public static <E extends Enum<E>> List<Option> options(E[] values, java.util.function.Function<E, String> label) {
        return java.util.Arrays.stream(values).map(v -> new Option(v.name(), label.apply(v))).toList();
    }
}
