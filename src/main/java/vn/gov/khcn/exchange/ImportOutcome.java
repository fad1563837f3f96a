package vn.gov.khcn.exchange;

import java.util.List;

/**
 * The result of one import: rows read, added and skipped (already there), and the errors that refused
 * the file (nothing was written when there is any).
 */
public record ImportOutcome(long importId, String register, long read, long added, long skipped, long errorCount,
                            List<ImportError> errors) {
    public boolean refused() {
        return errorCount > 0;
    }

    /** One line for the command line and the page. */
    public String summary() {
        if (refused()) {
            return "Không nhập: tệp có " + errorCount + " lỗi, chưa ghi gì vào CSDL.";
        }
        return "Đã nhập " + read + " dòng: thêm mới " + added + ", bỏ qua " + skipped + " (đã có).";
    }
}
