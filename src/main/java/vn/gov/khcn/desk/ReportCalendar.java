package vn.gov.khcn.desk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.LateEntry;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportDeadlines;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.reporting.Reports;

/**
 * The reporting calendar of a year: every kind's periods, each with its window from the department's cut-off day, its
 * deadline (the cut-off plus the kind's days, {@link ReportDeadlines}), the state of its report, and the records
 * written into it after the cut-off while its report was submitted or later.
 */
@Service
public class ReportCalendar {
    private final Reports reports;
    private final ReportSettings settings;
    private final ReportDeadlines deadlines;

    ReportCalendar(Reports reports, ReportSettings settings, ReportDeadlines deadlines) {
        this.reports = reports;
        this.settings = settings;
        this.deadlines = deadlines;
    }

    /** The state of a period's report as the calendar says it. */
    public enum State {
        NONE("chưa lập"), DRAFT("đang soạn"), SUBMITTED("đã trình"), APPROVED("đã duyệt"), ISSUED("đã ban hành");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static State of(Report r) {
            return r == null ? NONE : State.valueOf(r.status().name());
        }
    }

    /** One period of one kind: its report (null: not made yet) and the late entries of a submitted or later one. */
    public record Period(ReportKind kind, YearMonth month, DateRange window, LocalDate deadline, Report report, List<LateEntry> late) {
        public String words() {
            return kind.periodWords(month);
        }

        /** "Báo cáo tháng 12/2026", "Báo cáo 9 tháng đầu năm 2026": the kind and its period, each said once. */
        public String title() {
            return kind.title(month);
        }

        public State state() {
            return State.of(report);
        }

        /** Not issued and the deadline has passed. */
        public boolean overdueOn(LocalDate today) {
            return state() != State.ISSUED && today.isAfter(deadline);
        }

        /** The number of days to the deadline (negative: overdue). */
        public long daysLeft(LocalDate today) {
            return java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
        }
    }

    /** The year's periods of every kind, kind by kind, month by month. */
    public Map<ReportKind, List<Period>> year(int year) {
        int cutOff = settings.get().cutOffDay();
        Map<ReportKind, Integer> days = deadlines.all();
        Map<String, Report> made = reports.search(year, null, null).stream()
                .collect(Collectors.toMap(r -> r.kind().name() + r.period(), Function.identity(), (a, b) -> a));
        Map<ReportKind, List<Period>> out = new java.util.EnumMap<>(ReportKind.class);
        for (ReportKind k : ReportKind.values()) {
            List<Period> ps = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                if (!k.allowsMonth(m)) {
                    continue;
                }
                YearMonth ym = YearMonth.of(year, m);
                Report r = made.get(k.name() + ym);
                DateRange w = k.window(ym, r == null ? cutOff : r.cutOffDay());
                boolean submitted = r != null && r.status() != ReportStatus.DRAFT;
                ps.add(new Period(k, ym, w, w.end().plusDays(days.get(k)), r, submitted ? reports.lateEntries(r.id()) : List.of()));
            }
            out.put(k, ps);
        }
        return out;
    }

    /** The next {@code n} deadlines not yet met: periods not issued whose deadline is today or later, soonest first. */
    public List<Period> next(LocalDate today, int n) {
        List<Period> all = new ArrayList<>();
        for (int y = today.getYear(); y <= today.getYear() + 1; y++) {
            year(y).values().forEach(all::addAll);
        }
        return all.stream().filter(p -> p.state() != State.ISSUED && !p.deadline().isBefore(today))
                .sorted(Comparator.comparing(Period::deadline).thenComparing(p -> p.kind().ordinal())).limit(n).toList();
    }

    /** The periods of the year whose deadline passed with no issued report. */
    public List<Period> overdue(int year, LocalDate today) {
        return year(year).values().stream().flatMap(List::stream).filter(p -> p.overdueOn(today)).toList();
    }
}
