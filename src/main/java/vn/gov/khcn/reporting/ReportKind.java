package vn.gov.khcn.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The periodic report kinds, with the exact command-line names and the months they may be made for. */
public enum ReportKind {
    MONTH("month", "Báo cáo tháng"),
    QUARTER("quarter", "Báo cáo quý"),
    HALF_YEAR("half-year", "Báo cáo 6 tháng"),
    NINE_MONTHS("nine-months", "Báo cáo 9 tháng"),
    YEAR("year", "Báo cáo năm");

    private final String code;
    private final String label;

    ReportKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
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
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
