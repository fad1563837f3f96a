package vn.gov.khcn.backup;

import java.util.List;
import vn.gov.khcn.shared.DomainException;

/**
 * A restore was committed but reading it back does not give what the archive's manifest says: a table's row
 * count or an attached file differs. The database must not be used; the message names every difference.
 */
public class RestoreNotProvenException extends DomainException {
    private final List<String> mismatches;

    RestoreNotProvenException(String archive, List<String> mismatches) {
        super("database", "KHÔI PHỤC KHÔNG ĐƯỢC XÁC NHẬN: đọc lại \"" + archive + "\" sau khi ghi thấy " + mismatches.size()
                + " chỗ khác manifest.json — " + String.join("; ", mismatches.subList(0, Math.min(20, mismatches.size())))
                + (mismatches.size() > 20 ? "; … (" + (mismatches.size() - 20) + " chỗ khác nữa)" : "")
                + ". Đừng dùng CSDL này: hãy khôi phục lại vào một CSDL mới tạo.");
        this.mismatches = List.copyOf(mismatches);
    }

    /** Each difference, naming its table or file. */
    public List<String> mismatches() {
        return mismatches;
    }
}
