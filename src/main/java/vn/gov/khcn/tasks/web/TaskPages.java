package vn.gov.khcn.tasks.web;

import static vn.gov.khcn.shared.web.SimplePages.save;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.documents.DocumentQuery;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.organisations.OrganisationQuery;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.tasks.BudgetCommand;
import vn.gov.khcn.tasks.CorrectionCommand;
import vn.gov.khcn.tasks.CouncilKind;
import vn.gov.khcn.tasks.EventCommand;
import vn.gov.khcn.tasks.EventKind;
import vn.gov.khcn.tasks.RuralManagement;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskDetails;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.TaskQuery;
import vn.gov.khcn.tasks.Tasks;

/** The task register's pages: list, task page, and the forms for facts, events, councils and budget. */
@Controller
@RequestMapping("/tasks")
record TaskPages(Tasks tasks, Organisations organisations, Documents documents, AuditTrail audit) {

    @GetMapping
    String list(TaskQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", tasks.search(query, Math.max(page, 0), 25));
        model.addAttribute("counts", tasks.countsByStatus(query.anyStatus()).entrySet().stream()
                .map(e -> new StatusCount(e.getKey(), EventKind.statusLabel(e.getKey().isEmpty() ? null : e.getKey()), e.getValue())).toList());
        model.addAttribute("q", query.q());
        model.addAttribute("level", query.level());
        model.addAttribute("status", query.status());
        model.addAttribute("startYear", query.startYear());
        model.addAttribute("hostId", query.hostId());
        model.addAttribute("levels", tasks.allLevels());
        model.addAttribute("levelLabels", tasks.levelLabels());
        model.addAttribute("statuses", java.util.Arrays.stream(EventKind.values()).filter(k -> k != EventKind.CORRECTION).toList());
        model.addAttribute("hosts", organisations.choices(null, query.hostId()));
        model.addAttribute("base", SimplePages.base("/tasks", "q", query.q(), "level", query.level(), "status", query.status(), "startYear", query.startYear(), "hostId", query.hostId()));
        return "tasks/list";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        TaskDetails details = tasks.get(id);
        model.addAttribute("d", details);
        model.addAttribute("t", details.task());
        model.addAttribute("history", audit.history("task", id));
        model.addAttribute("levelLabel", tasks.levelLabel(details.task().level()));
        model.addAttribute("councilKindLabels", tasks.councilKindLabels());
        model.addAttribute("actions", actionLabels());
        return "tasks/view";
    }

    // ---- facts ------------------------------------------------------------------------------------

    @GetMapping("/new")
    String createForm(Model model) {
        return form(model, TaskCommand.of(null, null, TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, null, null, null, null, null, null), null, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        TaskFacts t = tasks.facts(id);
        return form(model, new TaskCommand(t.code(), t.title(), t.kind(), t.level(), t.ruralManagement(), t.startYear(), t.hostId(),
                t.investigator(), t.field(), t.durationMonths(), t.location(), t.version(), null), id, null);
    }

    @PostMapping
    String create(TaskCommand c, Model model, RedirectAttributes ra) {
        return save(() -> tasks.record(c).id(), "/tasks/", "Đã thêm nhiệm vụ \"" + c.title() + "\".", e -> form(model, c, null, e), ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, TaskCommand c, Model model, RedirectAttributes ra) {
        return save(() -> tasks.correct(id, c).id(), "/tasks/", "Đã lưu.", e -> form(model, c, id, e), ra);
    }

    private String form(Model model, TaskCommand cmd, Long id, DomainException error) {
        model.addAttribute("cmd", cmd);
        model.addAttribute("id", id);
        model.addAttribute("kinds", TaskKind.values());
        // the current levels, and a saved task's own level when it was retired since
        java.util.List<vn.gov.khcn.vocabulary.VocabularyEntry> levels = new java.util.ArrayList<>(tasks.levels());
        if (cmd.level() != null && levels.stream().noneMatch(l -> l.code().equals(cmd.level().code()))) {
            tasks.allLevels().stream().filter(l -> l.code().equals(cmd.level().code())).forEach(levels::add);
        }
        model.addAttribute("levels", levels);
        model.addAttribute("managements", RuralManagement.values());
        model.addAttribute("hosts", organisations.choices(null, cmd.hostId()));
        error(model, error);
        return "tasks/form";
    }

    // ---- events -----------------------------------------------------------------------------------

    @GetMapping("/{id}/events/new")
    String eventForm(@PathVariable long id, Model model) {
        return eventForm(model, id, new EventCommand(null, null, null, null, null, null, null, null, null), null);
    }

    @PostMapping("/{id}/events")
    String recordEvent(@PathVariable long id, EventCommand c, Model model, RedirectAttributes ra) {
        return save(() -> tasks.recordEvent(id, c).taskId(), "/tasks/", "Đã ghi nhận sự kiện \"" + (c.kind() == null ? "" : c.kind().label()) + "\".",
                e -> eventForm(model, id, c, e), ra);
    }

    private String eventForm(Model model, long id, EventCommand cmd, DomainException error) {
        model.addAttribute("t", tasks.facts(id));
        model.addAttribute("cmd", cmd);
        model.addAttribute("kinds", java.util.Arrays.stream(EventKind.values()).filter(k -> k != EventKind.CORRECTION).toList());
        model.addAttribute("ratings", tasks.ratings());
        model.addAttribute("docs", documents.search(DocumentQuery.ALL, 0, 100).items());
        model.addAttribute("orgs", organisations.search(OrganisationQuery.ALL, 0, 1000).items());
        error(model, error);
        return "tasks/event-form";
    }

    /** Voids an event from the task's page; a refusal is shown there. */
    @PostMapping("/{id}/corrections")
    String voidEvent(@PathVariable long id, CorrectionCommand c, RedirectAttributes ra) {
        return save(() -> tasks.voidEvent(id, c).taskId(), "/tasks/", "Đã hủy sự kiện ghi nhầm.", e -> {
            ra.addFlashAttribute("error", e.getMessage());
            return "redirect:/tasks/" + id;
        }, ra);
    }

    // ---- councils and budget ----------------------------------------------------------------------

    @GetMapping("/{id}/councils/new")
    String councilForm(@PathVariable long id, Model model) {
        return councilForm(model, id, new CouncilForm(CouncilKind.ACCEPTANCE, null, null, null, null, null, null), null);
    }

    @PostMapping("/{id}/councils")
    String formCouncil(@PathVariable long id, CouncilForm form, Model model, RedirectAttributes ra) {
        return save(() -> tasks.formCouncil(id, form.toCommand()).taskId(), "/tasks/", "Đã ghi nhận hội đồng.",
                e -> councilForm(model, id, form, e), ra);
    }

    private String councilForm(Model model, long id, CouncilForm form, DomainException error) {
        model.addAttribute("t", tasks.facts(id));
        model.addAttribute("cmd", form);
        model.addAttribute("councilKinds", tasks.councilKindChoices(form.kind()));
        model.addAttribute("docs", documents.search(DocumentQuery.ALL, 0, 100).items());
        error(model, error);
        return "tasks/council-form";
    }

    @GetMapping("/{id}/budget/new")
    String budgetForm(@PathVariable long id, Model model) {
        return budgetForm(model, id, new BudgetCommand(null, null, 0L, null, null, null), null);
    }

    @PostMapping("/{id}/budget")
    String amendBudget(@PathVariable long id, BudgetCommand c, Model model, RedirectAttributes ra) {
        return save(() -> tasks.amendBudget(id, c).taskId(), "/tasks/", "Đã ghi nhận kinh phí.", e -> budgetForm(model, id, c, e), ra);
    }

    private String budgetForm(Model model, long id, BudgetCommand cmd, DomainException error) {
        model.addAttribute("t", tasks.facts(id));
        model.addAttribute("cmd", cmd);
        model.addAttribute("docs", documents.search(DocumentQuery.ALL, 0, 100).items());
        error(model, error);
        return "tasks/budget-form";
    }

    /** Vietnamese names of the audit actions of a task. */
    private static java.util.Map<String, String> actionLabels() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        m.put("CREATE", "Thêm nhiệm vụ");
        m.put("UPDATE", "Sửa thông tin");
        m.put("COUNCIL", "Thêm hội đồng");
        m.put("BUDGET", "Ghi nhận kinh phí");
        m.put("CORRECTION", "Hủy sự kiện ghi nhầm");
        for (EventKind k : EventKind.values()) {
            m.put("EVENT_" + k.name(), "Ghi nhận: " + k.label());
        }
        return m;
    }

    /** A status and how many tasks of the list have it. */
    record StatusCount(String status, String label, long count) {
    }

    private static void error(Model model, DomainException error) {
        model.addAttribute("error", error == null ? null : error.getMessage());
        model.addAttribute("errorField", error == null ? null : error.field());
    }
}
