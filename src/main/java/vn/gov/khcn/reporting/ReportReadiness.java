package vn.gov.khcn.reporting;

import java.util.List;
import vn.gov.khcn.shared.DomainException;

/**
 * Whether a report may be submitted or issued: every check passes, its text has no findings and every narrative
 * section is marked done by its unit. A refusal is one Vietnamese message listing what is missing.
 */
final class ReportReadiness {
    /** How many findings a refusal lists; the report page lists them all. */
    private static final int MAX_LISTED = 20;

    private ReportReadiness() {
    }

    /**
     * Refuses the step while a check fails, the text has findings, or a section is not yet marked done by its unit:
     * one Vietnamese message naming every finding and every open section (heading and unit).
     */
    static void require(ReportEngine.View v, List<OpenSection> open, String step) {
        List<ReportCheck> failed = v.checks().stream().filter(c -> !c.passes()).toList();
        if (!failed.isEmpty()) {
            throw new DomainException("checks", "Chưa " + step + " được: " + failed.size() + " kiểm tra chưa đạt. "
                    + failed.stream().map(ReportCheck::message).limit(5).reduce((a, b) -> a + " " + b).orElse(""));
        }
        List<TextFinding> f = v.findings();
        if (f.isEmpty() && open.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("Chưa " + step + " được:");
        if (!f.isEmpty()) {
            sb.append(" báo cáo còn ").append(f.size()).append(" chỗ thiếu hoặc chưa khớp.");
            f.stream().limit(MAX_LISTED).forEach(x -> sb.append("\n- ").append(x.message()));
            if (f.size() > MAX_LISTED) {
                sb.append("\n- và ").append(f.size() - MAX_LISTED).append(" chỗ khác (xem danh sách trên trang báo cáo).");
            }
        }
        if (!open.isEmpty()) {
            sb.append(f.isEmpty() ? " c" : "\nC").append("òn ").append(open.size()).append(" mục chưa được đơn vị viết đánh dấu \"Đã xong\":");
            open.forEach(o -> sb.append("\n- ").append(o.describe()));
        }
        throw new Reports.NotReadyException(f.isEmpty() ? "sections" : "text", sb.toString(), open);
    }
}
