package vn.gov.khcn.centre.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.shared.web.SimplePages.Form;

/**
 * The pages of a centre register besides its list: a new record's form, a saved record's form, and saving either
 * through the register's façade (a broken rule shows the form again with the message by its field). {@code C} is the
 * register's command, bound from the form.
 */
abstract class RecordPages<C> {
    private final String path;

    RecordPages(String path) {
        this.path = path;
    }

    /** A new record's form values. */
    abstract C blank();

    /** The saved record {@code id} as form values, with its version. */
    abstract C saved(long id);

    /** Adds the record through the façade; its id. */
    abstract long record(C c);

    /** Changes the saved record through the façade. */
    abstract void correct(long id, C c);

    /** The form of a new record ({@code id} null) or of a saved one. */
    abstract Form form(C c, Long id);

    @GetMapping("/new")
    String createForm(Model model) {
        return show(model, form(blank(), null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        return show(model, form(saved(id), id));
    }

    @PostMapping
    String create(C c, Model model, RedirectAttributes ra) {
        return save(() -> record(c), path + "/", form(c, null), model, ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, C c, Model model, RedirectAttributes ra) {
        return save(() -> {
            correct(id, c);
            return id;
        }, path + "/", form(c, id), model, ra);
    }
}
