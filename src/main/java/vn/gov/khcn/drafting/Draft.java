package vn.gov.khcn.drafting;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** A legal-document draft (dự thảo văn bản) the department prepares for a provincial body. */
public record Draft(long id, String title, DraftBody body, boolean normative, Unit unit, DraftStage stage,
                    LocalDate begunOn, LocalDate issuedOn, int version) {
}
