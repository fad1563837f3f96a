package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.reporting.SettingsCommand;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.ProfilePart;

/** The department's settings in its profile: every setting by its key, as {@code khcn settings} names them. */
@Component
class SettingsProfilePart implements ProfilePart {
    private final ReportSettings settings;
    private final JsonMapper json;

    SettingsProfilePart(ReportSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String key() {
        return "settings";
    }

    @Override
    public String label() {
        return "Thiết lập của Sở";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public JsonNode export() {
        DepartmentSettings s = settings.get();
        ObjectNode out = json.createObjectNode();
        for (DepartmentSettings.Item i : DepartmentSettings.Item.values()) {
            if (i == DepartmentSettings.Item.CUT_OFF_DAY) {
                out.put(i.key(), s.cutOffDay());
            } else {
                out.put(i.key(), i.valueIn(s));
            }
        }
        return out;
    }

    /** Sets every setting the part names (an unknown key is refused), in one change audited like the set-up form's. */
    @Override
    public List<String> load(JsonNode part) {
        if (!part.isObject()) {
            throw new DomainException("file", "cần các thiết lập theo khóa (parentBody, department, …).");
        }
        SettingsCommand c = SettingsCommand.of(settings.get());
        List<String> loaded = new ArrayList<>();
        for (var e : part.properties()) {
            JsonNode v = e.getValue();
            if (!v.isValueNode()) {
                throw new DomainException("file", "thiết lập \"" + e.getKey() + "\" cần một giá trị chữ hoặc số.");
            }
            c = c.with(e.getKey(), v.isNull() ? null : v.asString());
            String label = DepartmentSettings.Item.ofKey(e.getKey()).map(DepartmentSettings.Item::label).orElse(e.getKey());
            loaded.add(label() + ": " + label + " — " + (v.isNull() || v.asString().isBlank() ? "(để trống)" : v.asString().replace("\n", " / ")));
        }
        settings.update(c);
        return loaded;
    }
}
