package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.gov.khcn.shared.DomainException;

/**
 * The periods of one report. With cut-off day C, the month M runs from the day after C of the previous
 * month to C of M (C = 16: 17/8/2021–16/9/2021); the year to date runs from the day after C of the
 * previous December to C of M. The monthly kind holds only {@code month}; every other kind holds
 * {@code month} and {@code ytd}.
 */
public record ReportPeriod(ReportKind kind, YearMonth month, int cutOffDay) {
    public static final String MONTH = "month";
    public static final String YTD = "ytd";

    public ReportPeriod {
        if (kind == null || month == null) {
            throw new DomainException("period", "Cần chọn loại báo cáo và tháng báo cáo.");
        }
        if (cutOffDay < 1 || cutOffDay > 28) {
            throw new DomainException("cutOffDay", "Ngày chốt số liệu phải từ 1 đến 28.");
        }
        if (!kind.allowsMonth(month.getMonthValue())) {
            throw new DomainException("period", kind.label() + " không lập cho tháng " + month.getMonthValue()
                    + " (quý: tháng 3, 6, 9, 12; 6 tháng: tháng 6; 9 tháng: tháng 9; năm: tháng 12).");
        }
    }

    /** Parses "2021-09"; a bad value gets a Vietnamese message. */
    public static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("period", "Kỳ báo cáo \"" + text + "\" không hợp lệ: cần dạng năm-tháng, ví dụ 2021-09.");
        }
    }

    public DateRange monthRange() {
        LocalDate end = month.atDay(cutOffDay);
        LocalDate start = month.minusMonths(1).atDay(cutOffDay).plusDays(1);
        return new DateRange(start, end);
    }

    public DateRange ytdRange() {
        LocalDate start = YearMonth.of(month.getYear() - 1, 12).atDay(cutOffDay).plusDays(1);
        return new DateRange(start, month.atDay(cutOffDay));
    }

    /** The named periods of the report, in order: month, then ytd when the kind has one. */
    public Map<String, DateRange> ranges() {
        Map<String, DateRange> m = new LinkedHashMap<>();
        m.put(MONTH, monthRange());
        if (kind.hasYtd()) {
            m.put(YTD, ytdRange());
        }
        return m;
    }

    /** The quarter in Roman numerals ("III" for September). */
    public String quarterRoman() {
        return new String[]{"I", "II", "III", "IV"}[(month.getMonthValue() - 1) / 3];
    }

    public String text() {
        return month.toString();
    }
}
