package vn.gov.khcn.metrology.web;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.metrology.InstrumentType;
import vn.gov.khcn.metrology.InstrumentTypes;
import vn.gov.khcn.metrology.Metrology;
import vn.gov.khcn.metrology.Verification;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationKind;
import vn.gov.khcn.metrology.VerificationQuery;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.metrology.Verifications;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Fact;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;

/** Pages of the verification register: the paged, filtered list (its own template) and a verification's page. */
@Controller
@RequestMapping("/metrology/verifications")
class VerificationPages extends RegisterPages<VerificationCommand> {
    private final Verifications verifications;
    private final InstrumentTypes types;
    private final Organisations organisations;

    VerificationPages(Verifications verifications, InstrumentTypes types, Organisations organisations) {
        super("/metrology/verifications", () -> VerificationCommand.of(null, null, null, null, VerificationKind.PERIODIC, VerificationResult.PASS, null, null), c -> verifications.record(c).id(), verifications::correct);
        this.verifications = verifications;
        this.types = types;
        this.organisations = organisations;
    }

    @GetMapping
    String list(VerificationQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", verifications.search(query, Math.max(page, 0), 25));
        model.addAttribute("f", query);
        model.addAttribute("types", types.all());
        model.addAttribute("results", VerificationResult.values());
        model.addAttribute("owners", organisations.choices(null, query.owner()));
        model.addAttribute("canEdit", AccessPolicy.canEdit(CurrentUser.get(), Metrology.OWNER));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("type", query.type());
        filters.put("year", query.year());
        filters.put("result", query.result());
        filters.put("owner", query.owner());
        filters.put("serial", query.serial());
        filters.put("from", query.from());
        filters.put("to", query.to());
        model.addAttribute("base", SimplePages.base("/metrology/verifications", filters));
        return "metrology/list";
    }

    @Override
    protected VerificationCommand saved(long id) {
        Verification v = verifications.get(id);
        return new VerificationCommand(v.typeCode(), v.serial(), v.ownerId(), v.verifiedOn(), v.kind(), v.result(),
                v.stampNo(), v.performedBy(), v.version(), null);
    }

    /** A verification's form; for a saved one, with what the register computed and the import that made it. */
    @Override
    protected Form form(VerificationCommand c, Long id) {
        Verification saved = id == null ? null : verifications.get(id);
        Map<String, String> typeChoices = new LinkedHashMap<>();
        for (InstrumentType t : types.all()) {
            typeChoices.put(t.code(), t.name() + " (chu kỳ " + t.intervalMonths() + " tháng)");
        }
        Form form = new Form(saved == null ? "Vào sổ kiểm định phương tiện đo" : "Kiểm định " + saved.serial(),
                saved == null ? "/metrology/verifications" : "/metrology/verifications/" + id, "/metrology/verifications", List.of(
                Field.select("typeCode", "Loại phương tiện đo", c.typeCode(), SimplePages.options(typeChoices), true),
                Field.text("serial", "Số hiệu (số sản xuất)", c.serial(), true),
                Field.organisation("ownerId", "Chủ sở hữu", c.ownerId(), SimplePages.options(organisations.choices(null, c.ownerId())), true),
                Field.of("date", "verifiedOn", "Ngày kiểm định", c.verifiedOn(), true),
                Field.select("kind", "Hình thức", c.kind(), SimplePages.options(VerificationKind.values(), VerificationKind::label), true),
                Field.select("result", "Kết quả", c.result(), SimplePages.options(VerificationResult.values(), VerificationResult::label), true),
                Field.text("stampNo", "Số tem hoặc giấy chứng nhận", c.stampNo(), false),
                Field.text("performedBy", "Người thực hiện", c.performedBy(), false),
                Field.reason(id)),
                c.version(), null, null, "verification", id, imported(saved)).ownedBy(vn.gov.khcn.metrology.Metrology.OWNER);
        return saved == null ? form : form.withFacts(List.of(Fact.of("Đơn vị thực hiện", saved.unit().label()),
                Fact.of("Hạn kiểm định tiếp theo (hệ thống tính)", saved.nextDueOn() == null ? "không có (không đạt)"
                        : Formats.date(saved.nextDueOn()))));
    }

    /** The import that wrote the record, if one did. */
    private static List<Link> imported(Verification saved) {
        return saved == null || saved.importId() == null ? List.of()
                : List.of(new Link("/exchange/imports/" + saved.importId(), "Vào sổ bằng lần nhập số " + saved.importId()));
    }
}
