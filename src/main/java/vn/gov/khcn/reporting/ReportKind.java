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

    public static Optional<ReportKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
