package vn.gov.khcn.geography.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.khcn.geography.Commune;
import vn.gov.khcn.geography.CommuneCommand;
import vn.gov.khcn.geography.CommuneKind;
import vn.gov.khcn.geography.DistrictCommand;
import vn.gov.khcn.geography.FormerDistrict;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.ProfilePart;

/**
 * The geography in the department profile: the former districts, then the communes with the districts they came from.
 * Loading adds the codes the installation lacks and changes the ones that differ, through the register (validated,
 * audited); a commune or district of the installation the profile does not name is left as it is.
 */
@Component
class GeographyProfilePart implements ProfilePart {
    private final Geography geography;
    private final JsonMapper json;

    GeographyProfilePart(Geography geography, JsonMapper json) {
        this.geography = geography;
        this.json = json;
    }

    @Override
    public String key() {
        return "geography";
    }

    @Override
    public String label() {
        return "Địa giới hành chính";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public JsonNode export() {
        ObjectNode out = json.createObjectNode();
        ArrayNode districts = out.putArray("formerDistricts");
        for (FormerDistrict d : geography.districts()) {
            districts.addObject().put("code", d.code()).put("name", d.name()).put("validUntil", d.validUntil().toString());
        }
        ArrayNode communes = out.putArray("communes");
        for (Commune c : geography.communes()) {
            ObjectNode n = communes.addObject().put("code", c.code()).put("name", c.name()).put("kind", c.kind().name())
                    .put("validFrom", c.validFrom().toString());
            ArrayNode from = n.putArray("formerDistricts");
            c.formerDistricts().forEach(from::add);
        }
        return out;
    }

    @Override
    public List<String> load(JsonNode part) {
        if (!part.isObject()) {
            throw new DomainException("file", "cần \"formerDistricts\" và \"communes\".");
        }
        List<String> loaded = new ArrayList<>();
        int row = 0;
        for (JsonNode n : part.path("formerDistricts")) {
            row++;
            try {
                district(n).ifPresent(loaded::add);
            } catch (DomainException e) {
                throw new DomainException("file", "huyện cũ thứ " + row + ": " + e.getMessage());
            }
        }
        row = 0;
        for (JsonNode n : part.path("communes")) {
            row++;
            try {
                commune(n).ifPresent(loaded::add);
            } catch (DomainException e) {
                throw new DomainException("file", "xã, phường thứ " + row + ": " + e.getMessage());
            }
        }
        return loaded;
    }

    private Optional<String> district(JsonNode n) {
        String code = required(n, "code");
        DistrictCommand c = new DistrictCommand(code, text(n, "name"), date(n, "validUntil"), null);
        Optional<FormerDistrict> here = geography.districts().stream().filter(d -> d.code().equalsIgnoreCase(code)).findFirst();
        if (here.isEmpty()) {
            return Optional.of(label() + ": thêm huyện cũ \"" + geography.recordDistrict(c).name() + "\"");
        }
        FormerDistrict d = here.get();
        if (Objects.equals(d.name(), c.name()) && Objects.equals(d.validUntil(), c.validUntil())) {
            return Optional.empty();
        }
        FormerDistrict after = geography.correctDistrict(d.id(), new DistrictCommand(d.code(), c.name(), c.validUntil(), d.version()));
        return Optional.of(label() + ": đổi huyện cũ \"" + d.name() + "\" thành \"" + after.name() + "\"");
    }

    private Optional<String> commune(JsonNode n) {
        String code = required(n, "code");
        String kindName = required(n, "kind");
        CommuneKind kind = Arrays.stream(CommuneKind.values()).filter(k -> k.name().equals(kindName)).findFirst()
                .orElseThrow(() -> new DomainException("kind", "loại \"" + kindName + "\" không có; cần COMMUNE, WARD hoặc SPECIAL_ZONE."));
        List<String> from = new ArrayList<>();
        n.path("formerDistricts").forEach(d -> from.add(d.asString()));
        CommuneCommand c = new CommuneCommand(code, text(n, "name"), kind, date(n, "validFrom"), String.join("; ", from), null);
        Optional<Commune> here = geography.communes().stream().filter(x -> x.code().equalsIgnoreCase(code)).findFirst();
        if (here.isEmpty()) {
            return Optional.of(label() + ": thêm " + geography.recordCommune(c).title());
        }
        Commune x = here.get();
        if (Objects.equals(x.name(), c.name()) && x.kind() == kind && Objects.equals(x.validFrom(), c.validFrom())
                && x.formerDistricts().equals(from)) {
            return Optional.empty();
        }
        Commune after = geography.correctCommune(x.id(), new CommuneCommand(x.code(), c.name(), kind, c.validFrom(), c.formerDistricts(), x.version()));
        return Optional.of(label() + ": đổi " + x.title() + " thành " + after.title());
    }

    private static String required(JsonNode n, String field) {
        String v = text(n, field);
        if (v == null || v.isBlank()) {
            throw new DomainException(field, "thiếu \"" + field + "\".");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asString() : null;
    }

    private static LocalDate date(JsonNode n, String field) {
        String v = text(n, field);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new DomainException(field, "\"" + field + "\" cần ngày dạng yyyy-mm-dd, không phải \"" + v + "\".");
        }
    }
}
