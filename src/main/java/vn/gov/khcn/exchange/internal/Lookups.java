package vn.gov.khcn.exchange.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;

/**
 * Name-to-value resolution for imports: vocabulary labels to enum constants, organisation names to ids
 * (cached for one import; an unknown name is a Vietnamese error for that row).
 */
final class Lookups {
    private final Organisations organisations;
    private final Map<String, Long> organisationIds = new HashMap<>();
    private final Map<String, Object> records = new HashMap<>();

    Lookups(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The id of the organisation named exactly {@code name}; null for a blank cell. */
    Long organisation(String name, String field, String role) {
        if (name == null) {
            return null;
        }
        return organisationIds.computeIfAbsent(name, n -> organisations.findByName(n).map(Organisation::id).orElseThrow(() ->
                new DomainException(field, role + " \"" + n + "\" chưa có trong danh mục tổ chức: "
                        + "thêm vào danh mục (hoặc nhập tệp mẫu Tổ chức) trước.")));
    }

    /**
     * The record another register holds under the human key {@code key} (a facility's name, a device's serial…),
     * looked up once per import; none is a Vietnamese error for the row: {@code role} "key" {@code missing}.
     * Null for a blank cell.
     */
    @SuppressWarnings("unchecked")
    <T> T record(String key, Function<String, Optional<T>> finder, String field, String role, String missing) {
        if (key == null) {
            return null;
        }
        return (T) records.computeIfAbsent(role + "\u0000" + key, k -> finder.apply(key).orElseThrow(() ->
                new DomainException(field, role + " \"" + key + "\" " + missing)));
    }

    /** The labels of a vocabulary, in order, for a choice column. */
    static <E> List<String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(label).toList();
    }

    /** The constant whose label is {@code text} (validated already by the column's choices); null for a blank cell. */
    static <E> E byLabel(E[] values, Function<E, String> label, String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(values).filter(v -> label.apply(v).equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(text));
    }

    /** A whole number cell as an int (columns are validated as integers; values beyond int are clamped). */
    static Integer toInt(Long v) {
        return v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }
}
