package vn.gov.khcn.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import vn.gov.khcn.identity.DepartmentUnit;
import vn.gov.khcn.identity.DepartmentUnits;
import vn.gov.khcn.identity.UnitCommand;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.ProfilePart;
import vn.gov.khcn.shared.Unit;

/**
 * The org chart in the department profile: every unit (retired ones too) with its name, short name, order and the
 * registers it keeps. Loading adds the units the installation lacks, renames and reorders the others, gives each
 * register to the unit the profile names, then retires what the profile retires; a unit of the installation the
 * profile does not name is left as it is. Every change goes through {@link DepartmentUnits} (validated, audited).
 */
@Component
class UnitsProfilePart implements ProfilePart {
    private final DepartmentUnits units;
    private final JsonMapper json;

    UnitsProfilePart(DepartmentUnits units, JsonMapper json) {
        this.units = units;
        this.json = json;
    }

    @Override
    public String key() {
        return "units";
    }

    @Override
    public String label() {
        return "Sơ đồ tổ chức (đơn vị, sổ mỗi đơn vị giữ)";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public JsonNode export() {
        ArrayNode out = json.createArrayNode();
        for (DepartmentUnit u : units.list()) {
            var n = out.addObject();
            n.put("code", u.code());
            n.put("name", u.name());
            if (u.shortName() != null) {
                n.put("shortName", u.shortName());
            }
            n.put("position", u.position());
            n.put("retired", u.retired());
            ArrayNode registers = n.putArray("registers");
            u.registers().forEach(registers::add);
        }
        return out;
    }

    @Override
    public List<String> load(JsonNode part) {
        if (!part.isArray()) {
            throw new DomainException("file", "sơ đồ tổ chức cần là một danh sách đơn vị (code, name, position, retired, registers).");
        }
        List<String> loaded = new ArrayList<>();
        List<JsonNode> rows = new ArrayList<>();
        part.forEach(rows::add);
        int row = 0;
        for (JsonNode n : rows) {
            row++;
            try {
                String code = text(n, "code");
                if (code == null) {
                    throw new DomainException("code", "thiếu mã đơn vị (code).");
                }
                String name = text(n, "name");
                String shortName = text(n, "shortName");
                Integer position = n.path("position").isNumber() ? n.path("position").asInt() : null;
                DepartmentUnit here = units.list().stream().filter(u -> u.code().equals(code)).findFirst().orElse(null);
                if (here == null) {
                    units.add(new UnitCommand(code, name, shortName, position, false, List.of(), null));
                    loaded.add(label() + ": thêm đơn vị \"" + name + "\"");
                } else if (!Objects.equals(here.name(), name) || !Objects.equals(here.shortName(), shortName)
                        || position != null && position != here.position()) {
                    units.change(code, new UnitCommand(code, name, shortName == null ? "" : shortName, position, null, null, here.version()));
                    loaded.add(label() + ": đổi đơn vị \"" + here.name() + "\" thành \"" + name + "\"");
                }
            } catch (DomainException e) {
                throw new DomainException("file", "sơ đồ tổ chức, đơn vị thứ " + row + ": " + e.getMessage());
            }
        }
        row = 0;
        for (JsonNode n : rows) {
            row++;
            String code = text(n, "code");
            try {
                for (JsonNode r : n.path("registers")) {
                    String register = r.asString();
                    Unit before = units.keeperOf(register);
                    if (before == null || !before.name().equals(code)) {
                        units.assign(register, code);
                        loaded.add(label() + ": giao sổ \"" + Unit.registerName(register) + "\" cho " + Unit.valueOf(code).label());
                    }
                }
            } catch (DomainException e) {
                throw new DomainException("file", "sơ đồ tổ chức, đơn vị thứ " + row + ": " + e.getMessage());
            }
        }
        row = 0;
        for (JsonNode n : rows) {
            row++;
            String code = text(n, "code");
            boolean retired = n.path("retired").asBoolean(false);
            DepartmentUnit here = units.get(code);
            if (here.retired() != retired) {
                try {
                    units.change(code, new UnitCommand(code, null, null, null, retired, null, here.version()));
                } catch (DomainException e) {
                    throw new DomainException("file", "sơ đồ tổ chức, đơn vị thứ " + row + ": " + e.getMessage());
                }
                loaded.add(label() + ": " + (retired ? "thôi dùng" : "dùng lại") + " đơn vị \"" + here.name() + "\"");
            }
        }
        return loaded;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asString() : null;
    }
}
