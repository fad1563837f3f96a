package vn.gov.khcn.quality.web;

import java.util.List;
import org.springframework.ui.Model;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.quality.Quality;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The list page every TĐC register shows: its whole list, its export, and an add button for the TĐC unit's staff. */
final class TdcPages {
    private TdcPages() {
    }

    static String list(Model model, String exportKey, String title, String newHref, String newLabel, List<String> columns, List<Row> rows,
                       List<Filter> filters) {
        SimplePages.exportAs(model, exportKey);
        return SimplePages.show(model, new Table(title, null, AccessPolicy.canEdit(CurrentUser.get(), Quality.OWNER) ? newHref : null,
                newLabel, columns, rows, SimplePages.whole(rows), null, filters, List.of()));
    }
}
