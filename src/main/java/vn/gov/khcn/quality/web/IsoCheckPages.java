package vn.gov.khcn.quality.web;


import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.IsoCheck;
import vn.gov.khcn.quality.IsoCheckCommand;
import vn.gov.khcn.quality.IsoChecks;
import vn.gov.khcn.quality.IsoResult;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;

/** The register of ISO 9001:2015 checks made, listed on the year's plan ({@link IsoPages}). */
@Controller
@RequestMapping("/quality/iso/checks")
class IsoCheckPages extends RegisterPages<IsoCheckCommand> {
    private final IsoChecks checks;
    private final Organisations organisations;

    IsoCheckPages(IsoChecks checks, Organisations organisations) {
        super("/quality/iso/checks", () -> IsoCheckCommand.of(null, null, null, IsoResult.CONFORMING, null), c -> checks.record(c).id(), checks::correct);
        this.checks = checks;
        this.organisations = organisations;
    }

    @Override
    protected IsoCheckCommand saved(long id) {
        IsoCheck c = checks.get(id);
        return new IsoCheckCommand(c.agencyId(), c.plannedYear(), c.checkedOn(), c.result(), c.notes(),
                c.version(), null);
    }

    @Override
    protected Form form(IsoCheckCommand c, Long id) {
        return new Form(id == null ? "Vào sổ lần kiểm tra ISO 9001:2015" : "Lần kiểm tra ISO 9001:2015",
                id == null ? "/quality/iso/checks" : "/quality/iso/checks/" + id, "/quality/iso", List.of(
                Field.organisation("agencyId", "Cơ quan được kiểm tra", c.agencyId(), IsoPages.agencies(organisations, c.agencyId()), false),
                Field.of("number", "plannedYear", "Năm kế hoạch (để trống: năm kiểm tra)", c.plannedYear(), false),
                Field.of("date", "checkedOn", "Ngày kiểm tra", c.checkedOn(), false),
                Field.select("result", "Kết quả", c.result(), SimplePages.options(IsoResult.values(), IsoResult::label), false),
                Field.of("textarea", "notes", "Ghi chú", c.notes(), false),
                Field.reason(id)),
                c.version(), null, null, "iso-check", id, List.of()).ownedBy(vn.gov.khcn.quality.Quality.OWNER);
    }
}
