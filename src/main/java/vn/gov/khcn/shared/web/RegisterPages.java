package vn.gov.khcn.shared.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.shared.web.SimplePages.Form;

/**
 * The pages of a register besides its list, written once: a new record's form ({@code PATH/new}), a saved record's
 * page ({@code PATH/ID}), and saving either through the register's façade ({@code POST PATH}, {@code POST PATH/ID}); a
 * save redirects to the record's page, a broken rule shows the form again with the message by its field. A register's
 * controller, mapped at {@code PATH}, passes its façade's verbs, states its form and adds the pages only it has;
 * {@code C} is the register's command, bound from the form.
 */
public abstract class RegisterPages<C> {
    private final String path;
    private final Supplier<C> blank;
    private final ToLongFunction<C> add;
    private final Correction<C> correct;

    /**
     * @param blank   a new record's form values
     * @param add     adds a record through the façade, giving its id
     * @param correct changes a saved record through the façade
     */
    protected RegisterPages(String path, Supplier<C> blank, ToLongFunction<C> add, Correction<C> correct) {
        this.path = path;
        this.blank = blank;
        this.add = add;
        this.correct = correct;
    }

    /** A façade's verb that changes the saved record {@code id} (what it gives back is not needed). */
    @FunctionalInterface
    public interface Correction<C> {
        void correct(long id, C c);
    }

    /** The saved record {@code id} as form values, with its version. */
    protected abstract C saved(long id);

    /** The form of a new record ({@code id} null) or of a saved one. */
    protected abstract Form form(C c, Long id);

    /** The page of the saved record {@code id}: its form (a register may add what belongs to the record). */
    protected Form page(long id) {
        return form(saved(id), id);
    }

    @GetMapping("/new")
    public String createForm(Model model) {
        return show(model, form(blank.get(), null));
    }

    @GetMapping("/{id}")
    public String edit(@PathVariable long id, Model model) {
        return show(model, page(id));
    }

    @PostMapping
    public String create(C c, Model model, RedirectAttributes ra) {
        return save(() -> add.applyAsLong(c), path + "/", form(c, null), model, ra);
    }

    @PostMapping("/{id}")
    public String update(@PathVariable long id, C c, Model model, RedirectAttributes ra) {
        return save(() -> {
            correct.correct(id, c);
            return id;
        }, path + "/", form(c, id), model, ra);
    }
}
