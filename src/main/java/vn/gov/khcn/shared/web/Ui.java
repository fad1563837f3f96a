package vn.gov.khcn.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.khcn.shared.Formats;

/** Small view-model builders for the generic list and form templates (templates/simple). */
public final class Ui {
    private Ui() {
    }

    public static Map<String, Object> row(String href, Object... cells) {
        Map<String, Object> m = new HashMap<>();
        m.put("href", href);
        m.put("cells", Arrays.stream(cells).map(Ui::text).toList());
        return m;
    }

    public static String text(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof java.time.LocalDate d) {
            return Formats.date(d);
        }
        return String.valueOf(o);
    }

    public static Map<String, Object> field(String name, String label, String type, Object value) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("label", label);
        m.put("type", type);
        m.put("value", value == null ? "" : String.valueOf(value));
        m.put("options", List.of());
        return m;
    }

    public static Map<String, Object> select(String name, String label, Object value, List<List<String>> options) {
        Map<String, Object> m = field(name, label, "select", value);
        m.put("options", options);
        return m;
    }

    /**
     * A select of organisations: the page's script adds a search box that looks the whole register up as the user
     * types (the options hold the first page of names and the current choice).
     */
    public static Map<String, Object> orgSelect(String name, String label, Object value, List<List<String>> options) {
        Map<String, Object> m = select(name, label, value, options);
        m.put("picker", "organisations");
        return m;
    }

    public static Map<String, String> action(String href, String label) {
        return Map.of("href", href, "label", label);
    }

    public static List<List<String>> options(Map<?, String> values) {
        List<List<String>> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(List.of(String.valueOf(k), v)));
        return out;
    }

    public static List<String> fact(String label, Object value) {
        return List.of(label, text(value));
    }
}
