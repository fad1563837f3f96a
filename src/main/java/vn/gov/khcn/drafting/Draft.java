package vn.gov.khcn.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.khcn.shared.Unit;

/** A legal-document draft (dự thảo văn bản) the department prepares for a provincial body. */
public record Draft(long id, String title, DraftBody body, boolean normative, Unit unit, DraftStage stage,
                    LocalDate begunOn, LocalDate issuedOn, int version) {

    /** The dates reports count it by: drafting began, and (once issued) the day it was issued. */
    public List<LocalDate> reportDates() {
        List<LocalDate> d = new ArrayList<>();
        d.add(begunOn);
        if (issuedOn != null) {
            d.add(issuedOn);
        }
        return d;
    }
}
