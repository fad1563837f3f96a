package vn.gov.khcn.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's before and after as a reader compares them: the fields that changed (a created record: every field
 * given; a removed one: every field it had), each value as text. The {@code version} counter is left out.
 */
public final class AuditChanges {
    /** One field's change: before or after is "" when the record had none. */
    public record Change(String field, String before, String after) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HIDDEN = Set.of("version", "id");

    private AuditChanges() {
    }

    /** The changed fields; {@code value} turns a stored value into its label (an enum name into its words). */
    public static List<Change> of(String beforeJson, String afterJson, UnaryOperator<String> value) {
        Map<String, String> before = fields(beforeJson, value);
        Map<String, String> after = fields(afterJson, value);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> out = new ArrayList<>();
        for (String k : keys) {
            String b = before.getOrDefault(k, "");
            String a = after.getOrDefault(k, "");
            if (!HIDDEN.contains(k) && !b.equals(a)) {
                out.add(new Change(k, b, a));
            }
        }
        return out;
    }

    private static Map<String, String> fields(String json, UnaryOperator<String> value) {
        Map<String, String> m = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return m;
        }
        JsonNode n;
        try {
            n = JSON.readTree(json);
        } catch (RuntimeException e) {
            m.put("", json);
            return m;
        }
        if (!n.isObject()) {
            m.put("", text(n, value));
            return m;
        }
        n.properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                String t = text(e.getValue(), value);
                if (!t.isEmpty()) {
                    m.put(e.getKey(), t);
                }
            }
        });
        return m;
    }

    private static String text(JsonNode v, UnaryOperator<String> value) {
        if (v.isString()) {
            return value.apply(v.asString());
        }
        if (v.isObject()) {
            List<String> parts = new ArrayList<>();
            v.properties().forEach(e -> parts.add(value.apply(e.getKey()) + ": " + text(e.getValue(), value)));
            return String.join("; ", parts);
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(text(x, value)));
            return String.join(", ", parts);
        }
        return v.asString();
    }
}
