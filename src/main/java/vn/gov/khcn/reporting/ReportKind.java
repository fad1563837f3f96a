package vn.gov.khcn.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The periodic report kinds, with the exact command-line names and the months they may be made for. */
public enum ReportKind {
    MONTH("Báo cáo tháng"),
    QUARTER("Báo cáo quý"),
    HALF_YEAR("Báo cáo 6 tháng"),
    NINE_MONTHS("Báo cáo 9 tháng"),
    YEAR("Báo cáo năm");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    /** The kind as the command line and the addresses write it: "month", "half-year", "nine-months". */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** Whether the kind has a year-to-date period besides the month (every kind but the monthly one). */
    public boolean hasYtd() {
        return this != MONTH;
    }

    /** Whether a report of this kind can be made for the month (1–12). */
    public boolean allowsMonth(int month) {
        return switch (this) {
            case MONTH -> true;
            case QUARTER -> month % 3 == 0;
            case HALF_YEAR -> month == 6;
            case NINE_MONTHS -> month == 9;
            case YEAR -> month == 12;
        };
    }

    /** How many months the kind's period spans, ending with its month: 1, 3, 6, 9 or 12. */
    public int span() {
        return switch (this) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case NINE_MONTHS -> 9;
            case YEAR -> 12;
        };
    }

    /** The period ending with {@code month} in words: "tháng 9/2021", "quý III/2021", "9 tháng đầu năm 2021", "năm 2021". */
    public String periodWords(java.time.YearMonth month) {
        int y = month.getYear();
        return switch (this) {
            case MONTH -> "tháng " + month.getMonthValue() + "/" + y;
            case QUARTER -> "quý " + new String[]{"I", "II", "III", "IV"}[(month.getMonthValue() - 1) / 3] + "/" + y;
            case HALF_YEAR -> "6 tháng đầu năm " + y;
            case NINE_MONTHS -> "9 tháng đầu năm " + y;
            case YEAR -> "năm " + y;
        };
    }

    /** The report's title with its period, said once: "Báo cáo tháng 10/2021", "Báo cáo 9 tháng đầu năm 2021". */
    public String title(java.time.YearMonth month) {
        return "Báo cáo " + periodWords(month);
    }

    /** The kind's period window ending with {@code month}: from the day after the cut-off {@link #span()} months before. */
    public DateRange window(java.time.YearMonth month, int cutOffDay) {
        return new DateRange(month.minusMonths(span()).atDay(cutOffDay).plusDays(1), month.atDay(cutOffDay));
    }

    public static Optional<ReportKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
