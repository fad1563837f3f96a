package vn.gov.khcn.quality.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.IsoCheck;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoPlan;
import vn.gov.khcn.quality.IsoPlanCommand;
import vn.gov.khcn.quality.IsoQuery;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The ISO 9001:2015 page: a year's plan of checks with the checks made, and the plan's form ({@link IsoCheckPages}: the checks'). */
@Controller
@RequestMapping("/quality/iso")
record IsoPages(IsoPlan plan, IsoChecks checks, Organisations organisations, Clock clock) {

    @GetMapping
    String list(IsoQuery query, Model model) {
        int y = query.planYear(clock);
        Map<Long, IsoCheck> checked = checks.search(query).stream().collect(Collectors.toMap(IsoCheck::agencyId, c -> c, (a, b) -> a));
        List<Row> rows = plan.search(query).stream().map(p -> {
            IsoCheck c = checked.get(p.agencyId());
            return Row.of(c == null ? null : "/quality/iso/checks/" + c.id(), p.agencyName(),
                    c == null ? "Chưa kiểm tra" : c.checkedOn(), c == null ? "" : c.result().label());
        }).toList();
        SimplePages.exportAs(model, "quality-iso");
        return show(model, new Table("Kiểm tra áp dụng TCVN ISO 9001:2015 năm " + y + " theo kế hoạch",
                "Kế hoạch năm " + y + ": " + rows.size() + " cơ quan; đã kiểm tra " + checked.size() + ".", "/quality/iso/checks/new",
                "Vào sổ lần kiểm tra", List.of("Cơ quan", "Ngày kiểm tra", "Kết quả"), rows, SimplePages.whole(rows), null,
                List.of(Filter.year(y)), planLinks(y)).ownedBy(vn.gov.khcn.quality.Quality.OWNER));
    }

    /** The plan's export, and for the TĐC unit's staff the link adding an agency to it. */
    private static List<Link> planLinks(int y) {
        Link export = new Link("/exchange/export/quality-iso-plan.xlsx?year=" + y, "Xuất kế hoạch năm " + y + " (XLSX)");
        return vn.gov.khcn.identity.CurrentUser.signedIn().map(u -> vn.gov.khcn.identity.AccessPolicy.canEdit(u, vn.gov.khcn.quality.Quality.OWNER)).orElse(false)
                ? List.of(new Link("/quality/iso/plan/new?year=" + y, "Thêm cơ quan vào kế hoạch"), export) : List.of(export);
    }

    @GetMapping("/plan/new")
    String planForm(IsoQuery query, Model model) {
        return show(model, planForm(new IsoPlanCommand(query.planYear(clock), null)));
    }

    @PostMapping("/plan")
    String addToPlan(IsoPlanCommand c, Model model, RedirectAttributes ra) {
        // back to the plan of the year, at the agency added
        return save(() -> plan.record(c).id(), "/quality/iso?year=" + c.year() + "#", planForm(c), model, ra);
    }

    private Form planForm(IsoPlanCommand c) {
        return new Form("Thêm cơ quan vào kế hoạch kiểm tra ISO", "/quality/iso/plan", "/quality/iso", List.of(
                Field.of("number", "year", "Năm kế hoạch", c.year(), false),
                Field.organisation("agencyId", "Cơ quan nhà nước", c.agencyId(), agencies(organisations, c.agencyId()), false)),
                null, null, null, null, null, List.of()).ownedBy(vn.gov.khcn.quality.Quality.OWNER);
    }

    /** The state agencies to choose from, with the current choice. */
    static List<Option> agencies(Organisations organisations, Long selected) {
        return SimplePages.options(organisations.choices(OrganisationKind.STATE_AGENCY, selected));
    }
}
