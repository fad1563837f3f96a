package vn.gov.khcn.exchange.spi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import vn.gov.khcn.shared.DomainException;

/**
 * A list page's query parameters read for an export, with the page's own meaning: blank is no filter, a
 * value that does not parse is a Vietnamese error (nothing is written).
 */
public record ListFilters(Map<String, String> values) {

    public String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new DomainException(name, "Giá trị lọc \"" + v + "\" không hợp lệ.");
        }
    }

    public Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new DomainException(name, "Giá trị lọc \"" + v + "\" không phải số nguyên.");
        }
    }

    public Long id(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new DomainException(name, "Giá trị lọc \"" + v + "\" không phải mã số.");
        }
    }

    public LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new DomainException(name, "Ngày \"" + v + "\" không hợp lệ (cần yyyy-mm-dd).");
        }
    }

    public boolean flag(String name) {
        String v = text(name);
        return v != null && (v.equals("true") || v.equals("on") || v.equals("1"));
    }
}
