package vn.gov.khcn.quality;

import java.time.LocalDate;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/**
 * The TĐC branch's registers: goods-quality surveys ({@link Surveys}), the ISO 9001:2015 plan ({@link IsoPlan}) and
 * checks ({@link IsoChecks}), national quality award dossiers ({@link AwardDossiers}) and guidance to businesses
 * ({@link BusinessGuidance}). Their records belong to the TĐC unit.
 */
public final class Quality {
    public static final Unit OWNER = Unit.keeping("quality", "tiêu chuẩn, đo lường, chất lượng", Unit.TDC);

    private Quality() {
    }

    /** The organisation a record names by id (chosen in a form's picker): none chosen, or an unknown one, is refused. */
    static Organisation organisation(Organisations organisations, String field, String label, Long id) {
        long chosen = Check.chosen(field, label + " trong danh mục tổ chức", id);
        return organisations.find(chosen)
                .orElseThrow(() -> new DomainException(field, "Không có " + label + " mã " + chosen + " trong danh mục tổ chức."));
    }

    /** The first day of {@code year}, or null for none. */
    static LocalDate yearStart(Integer year) {
        return year == null ? null : LocalDate.of(year, 1, 1);
    }

    /** The first day after {@code year}, or null for none. */
    static LocalDate yearEnd(Integer year) {
        return year == null ? null : LocalDate.of(year + 1, 1, 1);
    }
}
