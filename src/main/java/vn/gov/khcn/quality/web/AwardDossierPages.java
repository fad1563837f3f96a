package vn.gov.khcn.quality.web;


import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.AwardDossier;
import vn.gov.khcn.quality.AwardDossierCommand;
import vn.gov.khcn.quality.AwardDossierQuery;
import vn.gov.khcn.quality.AwardDossiers;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;

/** Pages of the register of national quality award dossiers. */
@Controller
@RequestMapping("/quality/awards")
class AwardDossierPages extends RegisterPages<AwardDossierCommand> {
    private final AwardDossiers dossiers;
    private final Organisations organisations;

    AwardDossierPages(AwardDossiers dossiers, Organisations organisations) {
        super("/quality/awards", () -> AwardDossierCommand.of(null, null, null, null), c -> dossiers.record(c).id(), dossiers::correct);
        this.dossiers = dossiers;
        this.organisations = organisations;
    }

    @GetMapping
    String list(AwardDossierQuery query, Model model) {
        List<Row> rows = dossiers.search(query).stream().map(a -> Row.of("/quality/awards/" + a.id(),
                a.forwardedOn(), a.enterpriseName(), a.awardYear(), a.notes())).toList();
        return TdcPages.list(model, "quality-awards", "Hồ sơ Giải thưởng chất lượng quốc gia", "/quality/awards/new", "Vào sổ hồ sơ",
                List.of("Ngày gửi", "Doanh nghiệp", "Năm giải thưởng", "Ghi chú"), rows, List.of(Filter.year(query.year())));
    }

    @Override
    protected AwardDossierCommand saved(long id) {
        AwardDossier a = dossiers.get(id);
        return new AwardDossierCommand(a.enterpriseId(), a.awardYear(), a.forwardedOn(), a.notes(), a.version(), null);
    }

    @Override
    protected Form form(AwardDossierCommand c, Long id) {
        return new Form(id == null ? "Vào sổ hồ sơ Giải thưởng chất lượng quốc gia" : "Hồ sơ Giải thưởng chất lượng quốc gia",
                id == null ? "/quality/awards" : "/quality/awards/" + id, "/quality/awards", List.of(
                Field.organisation("enterpriseId", "Doanh nghiệp", c.enterpriseId(),
                        SimplePages.options(organisations.choices(OrganisationKind.ENTERPRISE, c.enterpriseId())), false),
                Field.of("number", "awardYear", "Năm giải thưởng (để trống: năm gửi)", c.awardYear(), false),
                Field.of("date", "forwardedOn", "Ngày gửi Tổng cục", c.forwardedOn(), false),
                Field.of("textarea", "notes", "Ghi chú", c.notes(), false),
                Field.reason(id)),
                c.version(), null, null, "award-dossier", id, List.of()).ownedBy(vn.gov.khcn.quality.Quality.OWNER);
    }
}
