package vn.gov.khcn.vocabulary.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Fact;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyCommand;
import vn.gov.khcn.vocabulary.VocabularyEntry;
import vn.gov.khcn.vocabulary.VocabularyList;
import vn.gov.khcn.vocabulary.VocabularyQuery;

/** The vocabulary page: the lists and their entries; the office and administrators add, rename, reorder and retire. */
@Controller
@RequestMapping("/vocabularies")
record VocabularyPages(Vocabularies vocabularies) {

    @GetMapping
    String list(VocabularyQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "vocabularies");
        var r = vocabularies.search(query, Math.max(page, 0), 50);
        List<Row> rows = r.items().stream().map(e -> new Row("/vocabularies/" + e.id(), List.of(e.list().label(), String.valueOf(e.position()),
                e.label(), e.code(), attributes(e), e.retired() ? "thôi dùng" : "đang dùng"), null)).toList();
        String newHref = "/vocabularies/new" + (query.list() == null ? "" : "?list=" + query.list().name());
        return show(model, new Table("Danh mục dùng chung",
                "Mỗi danh mục là các mục để chọn trên biểu mẫu, theo thứ tự. Mục đã có hồ sơ dùng không xóa được: đánh dấu \"Thôi dùng\" "
                        + "để ẩn khỏi danh sách chọn (hồ sơ cũ vẫn hiện tên mục).",
                newHref, "Thêm mục", List.of("Danh mục", "Thứ tự", "Tên", "Mã", "Thuộc tính", "Trạng thái"), rows, r,
                SimplePages.base("/vocabularies", "list", query.list(), "q", query.q(), "current", query.current()), List.of(
                new Filter("list", "Danh mục", query.list() == null ? null : query.list().name(),
                        SimplePages.options(VocabularyList.values(), VocabularyList::label)),
                new Filter("q", "Tìm theo tên, mã", query.q(), List.of()),
                new Filter("current", "Trạng thái", query.current() == null ? null : query.current().toString(),
                        List.of(new Option("true", "Chỉ mục đang dùng")))), List.of()).ownedBy(vn.gov.khcn.vocabulary.Vocabularies.OWNER));
    }

    private static String attributes(VocabularyEntry e) {
        List<String> a = new ArrayList<>();
        if (e.list().hasPassing()) {
            a.add(e.isPassing() ? "đạt" : "không đạt");
        }
        if (e.list().hasInterval() && e.intervalMonths() != null) {
            a.add("chu kỳ " + e.intervalMonths() + " tháng");
        }
        return String.join(", ", a);
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) VocabularyList list, Model model) {
        VocabularyList l = list == null ? VocabularyList.TASK_LEVEL : list;
        return show(model, form(new VocabularyCommand(l, null, null, null, false, l.hasPassing() ? true : null, null, null, null), null, l));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        VocabularyEntry e = vocabularies.get(id);
        return show(model, form(new VocabularyCommand(e.list(), e.code(), e.label(), e.position(), e.retired(), e.passing(), e.intervalMonths(),
                e.version(), null), id, e.list()).withFacts(List.of(Fact.of("Danh mục", e.list().label()), Fact.of("Mã", e.code()),
                Fact.of("Số hồ sơ đang dùng", vocabularies.uses(e)))));
    }

    @PostMapping
    String create(VocabularyCommand c, Model model, RedirectAttributes ra) {
        VocabularyList l = c.list() == null ? VocabularyList.TASK_LEVEL : c.list();
        return save(() -> vocabularies.add(c).id(), "/vocabularies/", form(c, null, l), model, ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, VocabularyCommand c, Model model, RedirectAttributes ra) {
        VocabularyEntry e = vocabularies.get(id);
        VocabularyCommand posted = new VocabularyCommand(e.list(), e.code(), c.label(), c.position(), Boolean.TRUE.equals(c.retired()),
                e.list().hasPassing() ? Boolean.TRUE.equals(c.passing()) : null, c.intervalMonths(), c.version(), c.reason());
        return save(() -> vocabularies.change(id, posted).id(), "/vocabularies/", form(posted, id, e.list()), model, ra);
    }

    private static Form form(VocabularyCommand c, Long id, VocabularyList list) {
        List<Field> fields = new ArrayList<>();
        if (id == null) {
            // the list decides the other fields (passing for ratings, the interval for instrument types): choosing one reloads the form
            fields.add(Field.reload("list", "Danh mục", list.name(), SimplePages.options(VocabularyList.values(), VocabularyList::label)));
            fields.add(Field.text("code", "Mã (để trống: hệ thống tự đặt theo tên; không đổi được sau khi lưu)", c.code(), false));
        }
        fields.add(Field.text("label", "Tên (như in trên hồ sơ, báo cáo)", c.label(), true));
        fields.add(Field.of("number", "position", "Thứ tự trong danh sách chọn (để trống: cuối danh sách)", c.position(), false));
        if (list.hasPassing()) {
            fields.add(Field.of("checkbox", "passing", "Xếp loại đạt (được công nhận kết quả)", Boolean.TRUE.equals(c.passing()), false));
        }
        if (list.hasInterval()) {
            fields.add(Field.of("number", "intervalMonths", "Chu kỳ kiểm định (tháng)", c.intervalMonths(), true));
        }
        if (id != null) {
            fields.add(Field.of("checkbox", "retired", "Thôi dùng (ẩn khỏi danh sách chọn, vẫn hiện trên hồ sơ cũ)", Boolean.TRUE.equals(c.retired()), false));
        }
        fields.add(Field.text("reason", "Lý do (ghi vào nhật ký thay đổi)", c.reason(), false));
        return new Form("Mục danh mục: " + list.label(), id == null ? "/vocabularies" : "/vocabularies/" + id, "/vocabularies?list=" + list.name(),
                fields, c.version(), null, null, "vocabularyEntry", id, List.of()).ownedBy(vn.gov.khcn.vocabulary.Vocabularies.OWNER);
    }
}
