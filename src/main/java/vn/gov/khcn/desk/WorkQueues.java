package vn.gov.khcn.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportSections;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.DueItem;
import vn.gov.khcn.shared.DueItems;
import vn.gov.khcn.shared.Unit;

/** The queues of the home page: reports by status, the narrative sections units still owe, what falls due per unit. */
@Service
public class WorkQueues {
    /** How many of a kind the home page lists before "Xem tất cả". */
    public static final int TOP = 10;
    private final Reports reports;
    private final ReportSections sections;
    private final DueList due;

    WorkQueues(Reports reports, ReportSections sections, DueList due) {
        this.reports = reports;
        this.sections = sections;
        this.due = due;
    }

    /** A report in progress with the narrative sections not yet marked done (written or not), by the unit that writes them. */
    public record Owed(Report report, Map<Unit, List<String>> sections) {
        public boolean complete() {
            return sections.isEmpty();
        }
    }

    /** The first {@link #TOP} items of one kind due for a unit, and how many there are in all. */
    public record Queue(String kind, String label, List<DueItem> items, long count) {
    }

    public List<Report> awaitingApproval() {
        return reports.search(null, null, ReportStatus.SUBMITTED);
    }

    /** Drafts and approved reports not yet issued, each with the sections units still owe. */
    public List<Owed> inProgress() {
        List<Owed> out = new ArrayList<>();
        for (ReportStatus s : List.of(ReportStatus.DRAFT, ReportStatus.APPROVED)) {
            reports.search(null, null, s).forEach(r -> out.add(new Owed(r, owed(r))));
        }
        return out;
    }

    /** Reports still in draft in which {@code unit} has sections to write or to mark done, with only those sections. */
    public List<Owed> owedBy(Unit unit) {
        return reports.search(null, null, ReportStatus.DRAFT).stream()
                .map(r -> new Owed(r, owed(r).entrySet().stream().filter(e -> e.getKey() == unit)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))))
                .filter(o -> !o.complete()).toList();
    }

    /** Every kind with something due for {@code unit}, its first {@link #TOP}. */
    public List<Queue> dueFor(Unit unit, LocalDate today) {
        List<Queue> out = new ArrayList<>();
        for (DueItems kind : due.kinds()) {
            long n = kind.count(unit, today);
            if (n > 0) {
                out.add(new Queue(kind.kind(), kind.label(), kind.items(unit, today, 0, TOP), n));
            }
        }
        return out;
    }

    /**
     * The sections units still owe, each named by its heading in the report: those not yet marked done ("Đã xong"),
     * the same the report page lists and submission refuses on. An approved report's sections were all done at submit.
     */
    private Map<Unit, List<String>> owed(Report r) {
        Map<String, String> headings = reports.slotHeadings(r);
        Map<Unit, List<String>> out = new java.util.LinkedHashMap<>();
        sections.notDone(r).forEach((u, slots) -> out.put(u, slots.stream().map(s -> headings.getOrDefault(s, s)).toList()));
        return out;
    }
}
