package vn.gov.khcn.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.spi.ChoiceSource;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ColumnType;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.VietnameseText;

/** Converts a raw cell to the column's type, or says what is wrong with it. */
final class Cells {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.\\s]\\d{3})+");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final String FOLDED = "\u0000";
    /** Keyed by the vocabulary list itself (a column's list is one object for the life of the application). */
    private static final Map<List<String>, Map<String, String>> LOOKUPS = Collections.synchronizedMap(new IdentityHashMap<>());

    private Cells() {
    }

    /** The converted value; an error is added to {@code errors} and null returned when the cell is wrong. */
    static Object convert(Column col, Object raw, String sheet, int row, int index, boolean date1904, List<ImportError> errors) {
        return convert(col, raw, sheet, row, index, date1904, errors, col.type() == ColumnType.CHOICE ? lookup(col) : null, null);
    }

    /**
     * As {@link #convert(Column, Object, String, int, int, boolean, List)}, a choice matched in {@code lookup} (from
     * {@link #lookup(Column)}, read once per import); a choice not in it is passed to {@code unknown} (when given)
     * rather than added to {@code errors}, so an import can report it once per column.
     */
    static Object convert(Column col, Object raw, String sheet, int row, int index, boolean date1904, List<ImportError> errors,
                          Map<String, String> lookup, Consumer<String> unknown) {
        String letter = letter(index) + " (" + col.heading() + ")";
        if (raw instanceof RawRow.Formula f) {
            errors.add(new ImportError(sheet, row, letter, "=" + f.text(),
                    "một giá trị, không phải công thức (hệ thống không tính công thức: hãy sao chép rồi dán \"chỉ giá trị\")"));
            return null;
        }
        String shown = shown(raw);
        if (raw == null || raw instanceof String s && s.isBlank()) {
            if (col.required()) {
                errors.add(new ImportError(sheet, row, letter, null, col.expected()));
            }
            return null;
        }
        switch (col.type()) {
            case TEXT -> {
                String t = VietnameseText.clean(raw instanceof BigDecimal n ? plain(n) : shown);
                if (t.length() > col.maxLength()) {
                    errors.add(new ImportError(sheet, row, letter, abbreviate(t), "văn bản tối đa " + Formats.number(col.maxLength()) + " ký tự (ô có " + Formats.number(t.length()) + ")"));
                    return null;
                }
                return t;
            }
            case DATE -> {
                LocalDate d = date(raw, date1904);
                if (d == null || d.getYear() < 1900 || d.getYear() > 2100) {
                    errors.add(new ImportError(sheet, row, letter, abbreviate(shown), "ngày dạng dd/mm/yyyy (ví dụ 08/09/2021) hoặc ô ngày của Excel, năm 1900–2100"));
                    return null;
                }
                return d;
            }
            case INTEGER -> {
                Long n = integer(raw);
                if (n == null) {
                    errors.add(new ImportError(sheet, row, letter, abbreviate(shown), "số nguyên (ví dụ 1250000 hoặc 1.250.000)"));
                }
                return n;
            }
            case CHOICE -> {
                String t = VietnameseText.clean(shown);
                String c = lookup.get(t.toLowerCase(Locale.ROOT));
                if (c == null) {
                    c = lookup.get(FOLDED + VietnameseText.fold(t));
                }
                if (c != null) {
                    return c;
                }
                if (unknown != null) {
                    unknown.accept(abbreviate(t));
                    return null;
                }
                errors.add(new ImportError(sheet, row, letter, abbreviate(t), "một trong: " + String.join("; ", col.choices())));
                return null;
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * What a choice column accepts, by lower case and by folded form (no diacritics): a fixed list's words (to
     * themselves, built once per list), or a data vocabulary's labels and codes (to the code, read now).
     */
    static Map<String, String> lookup(Column col) {
        if (col.source() == null) {
            return LOOKUPS.computeIfAbsent(col.choices(), Cells::lookup);
        }
        List<ChoiceSource.Choice> entries = col.source().current();
        Map<String, String> m = new HashMap<>();
        for (ChoiceSource.Choice e : entries) {
            m.putIfAbsent(e.label().toLowerCase(Locale.ROOT), e.code());
        }
        for (ChoiceSource.Choice e : entries) {
            m.putIfAbsent(e.code().toLowerCase(Locale.ROOT), e.code());
        }
        for (ChoiceSource.Choice e : entries) {
            m.putIfAbsent(FOLDED + VietnameseText.fold(e.label()), e.code());
            m.putIfAbsent(FOLDED + VietnameseText.fold(e.code()), e.code());
        }
        return m;
    }

    /** A vocabulary's words by lower case and by folded form (no diacritics), built once per vocabulary. */
    private static Map<String, String> lookup(List<String> choices) {
        Map<String, String> m = new HashMap<>();
        for (String c : choices) {
            m.putIfAbsent(FOLDED + VietnameseText.fold(c), c);
            m.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
        }
        return m;
    }

    static LocalDate date(Object raw, boolean date1904) {
        if (raw instanceof BigDecimal n) {
            if (n.signum() <= 0 || n.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
                return null;
            }
            long days = n.longValue();
            return date1904 ? EPOCH_1904.plusDays(days) : EPOCH_1900.plusDays(days);
        }
        if (raw instanceof String s) {
            String t = s.strip();
            try {
                if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(t);
                }
                return LocalDate.parse(t, DMY);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    static Long integer(Object raw) {
        if (raw instanceof BigDecimal n) {
            try {
                return n.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (raw instanceof String s) {
            String t = s.strip();
            if (GROUPED.matcher(t).matches()) {
                t = t.replace(".", "").replaceAll("\\s", "");
            }
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static String shown(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof BigDecimal n) {
            return plain(n);
        }
        if (raw instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return raw.toString();
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /** 0 → "A", 26 → "AA". */
    static String letter(int index) {
        StringBuilder b = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.toString();
    }
}
