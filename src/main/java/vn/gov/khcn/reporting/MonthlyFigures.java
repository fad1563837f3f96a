package vn.gov.khcn.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.gov.khcn.reporting.internal.FigureCache;

/**
 * The main figures month by month of a year against the previous year, each computed by its indicator over each
 * month's period (from the department's cut-off day), never read from stored totals: for the charts of the home and
 * report pages and their CSV files.
 */
@Service
public class MonthlyFigures {
    /** The figures charted: a key for addresses, a title, the indicator that computes it. */
    public record Figure(String key, String title, String indicator) {
    }

    public static final List<Figure> MAIN = List.of(
            new Figure("tasks", "Nhiệm vụ KH&CN được nghiệm thu", "tasks.accepted"),
            new Figure("verifications", "Phương tiện đo được kiểm định, hiệu chuẩn", "metrology.verifications"),
            new Figure("inspections", "Cơ sở được thanh tra", "inspection.facilities"),
            new Figure("outreach", "Tin, bài đăng trên trang thông tin điện tử", "outreach.newsPosts"));

    /** One month: its number, this year's value (null after {@code through}) and the previous year's. */
    public record Month(int month, Long value, long previous) {
    }

    /** A figure's months of {@code year}, this year's through month {@code through}. */
    public record Chart(Figure figure, int year, int through, List<Month> months) {
        public long total() {
            return months.stream().filter(m -> m.value() != null).mapToLong(Month::value).sum();
        }

        public long previousTotal() {
            return months.stream().filter(m -> m.month() <= through).mapToLong(Month::previous).sum();
        }

        /** The chart as inline SVG: a pair of bars a month, this year's and the previous year's. */
        public String svg() {
            List<String> labels = months.stream().map(m -> "T" + m.month()).toList();
            return vn.gov.khcn.shared.web.SvgBars.render(figure.title() + " theo tháng, năm " + year + " so với năm " + (year - 1), labels,
                    List.of(new vn.gov.khcn.shared.web.SvgBars.Series("Năm " + year, months.stream().map(Month::value).toList()),
                            new vn.gov.khcn.shared.web.SvgBars.Series("Năm " + (year - 1), months.stream().map(m -> (Long) m.previous()).toList())));
        }

        /** The address of its CSV file. */
        public String csvHref() {
            return "/charts/" + figure.key() + "?year=" + year + "&through=" + through + "&export=csv";
        }
    }

    /** What a chart depends on besides the records: the figure, the months and the cut-off day. */
    private record Key(String figure, int year, int through, int cutOff) {
    }

    private final IndicatorCatalogue catalogue;
    private final ReportSettings settings;
    private final FigureCache cache;

    MonthlyFigures(IndicatorCatalogue catalogue, ReportSettings settings, FigureCache cache) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.cache = cache;
    }

    public static Optional<Figure> figure(String key) {
        return MAIN.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Every main figure's chart of {@code year} through month {@code through} (1–12). */
    public List<Chart> charts(int year, int through) {
        return MAIN.stream().map(f -> chart(f, year, through)).flatMap(Optional::stream).toList();
    }

    /**
     * The figure's chart; empty when its register is not part of this application. Computed once for the records as
     * they are: 24 months of an indicator cost most of a home page, so a chart is kept until any record changes.
     */
    public Optional<Chart> chart(Figure f, int year, int through) {
        int cutOff = settings.get().cutOffDay();
        return cache.get(new Key(f.key(), year, through, cutOff), () -> compute(f, year, through, cutOff));
    }

    private Optional<Chart> compute(Figure f, int year, int through, int cutOff) {
        return catalogue.find(f.indicator()).map(ind -> {
            List<Month> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                Long now = m > through ? null : value(ind, ReportKind.MONTH.window(YearMonth.of(year, m), cutOff));
                months.add(new Month(m, now, value(ind, ReportKind.MONTH.window(YearMonth.of(year - 1, m), cutOff))));
            }
            return new Chart(f, year, through, List.copyOf(months));
        });
    }

    private static long value(Indicator ind, DateRange range) {
        Long v = ind.compute(range).value();
        return v == null ? 0 : v;
    }
}
