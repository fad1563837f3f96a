package vn.gov.khcn.shared;

import java.time.LocalDate;

/**
 * Input checks with Vietnamese messages naming the field: every register's one validation helper. Arguments are
 * always (field, label, value …): {@code field} is the input's name (the form shows the message next to it),
 * {@code label} what a clerk calls it in lower case ("ngày cấp"), the value last but for limits.
 */
public final class Check {
    private Check() {
    }

    /** Required text, cleaned (NFC, trimmed), at most {@code max} characters. */
    public static String text(String field, String label, String value, int max) {
        String t = optionalText(field, label, value, max);
        if (t == null) {
            throw new DomainException(field, "Cần nhập " + label + ".");
        }
        return t;
    }

    /** Text that may be left empty (null), cleaned, at most {@code max} characters. */
    public static String optionalText(String field, String label, String value, int max) {
        String t = VietnameseText.clean(value);
        if (t != null && t.length() > max) {
            throw new DomainException(field, capital(label) + " dài quá " + Formats.number(max) + " ký tự.");
        }
        return t;
    }

    /** A required date within the years a register accepts. */
    public static LocalDate date(String field, String label, LocalDate value) {
        if (value == null) {
            throw new DomainException(field, "Cần nhập " + label + ".");
        }
        return Formats.checkRange(field, value);
    }

    /** A date that may be left empty, within the years a register accepts. */
    public static LocalDate optionalDate(String field, String label, LocalDate value) {
        return value == null ? null : Formats.checkRange(field, value);
    }

    /** A choice that must be made (a select, a record picked from a list). */
    public static <T> T chosen(String field, String label, T value) {
        if (value == null) {
            throw new DomainException(field, "Cần chọn " + label + ".");
        }
        return value;
    }

    /** A whole number above zero. */
    public static long positive(String field, String label, Long value) {
        if (value == null || value <= 0) {
            throw new DomainException(field, capital(label) + " phải là số lớn hơn 0.");
        }
        return value;
    }

    /** A whole number of zero or more. */
    public static int nonNegative(String field, String label, Integer value) {
        if (value == null || value < 0) {
            throw new DomainException(field, "Cần nhập " + label + " (số không âm).");
        }
        return value;
    }

    /** A year from 1900 to 2100. */
    public static int year(String field, String label, Integer value) {
        if (value == null || value < 1900 || value > 2100) {
            throw new DomainException(field, "Cần nhập " + label + " hợp lệ (1900 đến 2100).");
        }
        return value;
    }

    /** {@code later} may not come before {@code earlier} (either may be empty). */
    public static void notBefore(String field, LocalDate later, LocalDate earlier, String message) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new DomainException(field, message);
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int between(String field, String label, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new DomainException(field, capital(label) + " phải là số từ " + min + " đến " + max + ".");
        }
        return value;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
