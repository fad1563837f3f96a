package vn.gov.khcn.drafting;

import java.time.LocalDate;
import vn.gov.khcn.shared.Unit;

/** What a form or an API call sends to open or correct a draft; begunOn is the date drafting began. */
public record DraftCommand(String title, DraftBody body, Boolean normative, Unit unit, LocalDate begunOn, Integer version) {
}
