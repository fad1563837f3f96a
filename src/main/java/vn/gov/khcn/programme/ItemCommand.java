package vn.gov.khcn.programme;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Unit;

/** What a form or an API call sends to add or update an assigned item; documentIds are outcome documents. */
public record ItemCommand(Long programmeId, String title, LocalDate deadline, ItemStatus status, String outcome, Unit unit,
                          List<Long> documentIds, Integer version) {
}
