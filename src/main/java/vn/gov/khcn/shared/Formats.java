package vn.gov.khcn.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Vietnamese administrative formats for dates, counts and money (Nghị định 30/2020/NĐ-CP). */
public final class Formats {
    private static final DateTimeFormatter FORM_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private Formats() {
    }

    /** 1755 → "1.755"; 2.5 → "2,5". */
    public static String number(long n) {
        DecimalFormatSymbols sy = new DecimalFormatSymbols(Locale.ROOT);
        sy.setGroupingSeparator('.');
        sy.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", sy).format(n);
    }

    /** A count in running text: below ten with a leading zero ("03"), else grouped ("1.755"). */
    public static String count(long n) {
        return n >= 0 && n < 10 ? "0" + n : number(n);
    }

    /** 1250000000 → "1.250.000.000 đồng". */
    public static String money(Long vnd) {
        return vnd == null ? "" : number(vnd) + " đồng";
    }

    /** Dates in forms and lists: "08/09/2021". */
    /** A month stored as "2021-09" as people write it: "tháng 9/2021" (anything else as given). */
    public static String monthWords(String yearMonth) {
        if (yearMonth == null || !yearMonth.matches("\\d{4}-\\d{2}")) {
            return yearMonth == null ? "" : yearMonth;
        }
        return "tháng " + Integer.parseInt(yearMonth.substring(5)) + "/" + yearMonth.substring(0, 4);
    }

    public static String date(LocalDate d) {
        return d == null ? "" : FORM_DATE.format(d);
    }

    /** A moment in lists and messages, in Vietnam's time: "08/09/2021 14:05". */
    public static String dateTime(java.time.OffsetDateTime t) {
        return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(VIETNAM));
    }

    /** Dates in report text: the day in two digits, the month in two only for January and February: "08/9/2021", "15/01/2021". */
    public static String reportDate(LocalDate d) {
        if (d == null) {
            return "";
        }
        int m = d.getMonthValue();
        return String.format("%02d/%s/%d", d.getDayOfMonth(), m <= 2 ? "0" + m : String.valueOf(m), d.getYear());
    }

    /** The dated-place line: "ngày 05 tháng 02 năm 2021". */
    public static String longDate(LocalDate d) {
        int m = d.getMonthValue();
        return String.format("ngày %02d tháng %s năm %d", d.getDayOfMonth(), m <= 2 ? "0" + m : String.valueOf(m), d.getYear());
    }

    /** Parses dd/MM/yyyy (or ISO yyyy-MM-dd); a bad value gets a Vietnamese message naming the field. */
    public static LocalDate parseDate(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t);
            }
            String[] p = t.split("/");
            if (p.length == 3) {
                t = String.format("%02d/%02d/%s", Integer.parseInt(p[0]), Integer.parseInt(p[1]), p[2]);
            }
            return LocalDate.parse(t, FORM_DATE);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new DomainException(field, "Ngày \"" + text + "\" không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 08/09/2021.");
        }
    }

    /** A plausible record date: years 1900 to 2100. */
    public static LocalDate checkRange(String field, LocalDate d) {
        if (d != null && (d.getYear() < 1900 || d.getYear() > 2100)) {
            throw new DomainException(field, "Ngày " + date(d) + " nằm ngoài khoảng cho phép (năm 1900 đến 2100).");
        }
        return d;
    }
}
