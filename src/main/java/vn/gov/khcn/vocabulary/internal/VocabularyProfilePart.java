package vn.gov.khcn.vocabulary.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.ProfilePart;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyCommand;
import vn.gov.khcn.vocabulary.VocabularyEntry;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * Every vocabulary with all its entries (retired ones too) in the profile. Loading adds the codes the installation
 * lacks and changes the entries that differ, through the register (validated, audited with the reason "Nạp từ hồ sơ
 * thiết lập"); an entry of the installation the profile does not name is left as it is.
 */
@Component
class VocabularyProfilePart implements ProfilePart {
    static final String REASON = "Nạp từ hồ sơ thiết lập";
    private final Vocabularies vocabularies;
    private final JsonMapper json;

    VocabularyProfilePart(Vocabularies vocabularies, JsonMapper json) {
        this.vocabularies = vocabularies;
        this.json = json;
    }

    @Override
    public String key() {
        return "vocabularies";
    }

    @Override
    public String label() {
        return "Danh mục dùng chung";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public JsonNode export() {
        ObjectNode out = json.createObjectNode();
        for (VocabularyList list : VocabularyList.values()) {
            ArrayNode entries = out.putArray(list.name());
            for (VocabularyEntry e : vocabularies.entries(list)) {
                ObjectNode n = entries.addObject();
                n.put("code", e.code());
                n.put("label", e.label());
                n.put("position", e.position());
                n.put("retired", e.retired());
                if (list.hasPassing()) {
                    n.put("passing", e.isPassing());
                }
                if (list.hasInterval()) {
                    n.put("intervalMonths", e.intervalMonths());
                }
            }
        }
        return out;
    }

    @Override
    public List<String> load(JsonNode part) {
        if (!part.isObject()) {
            throw new DomainException("file", "cần các danh mục theo mã danh mục (TASK_LEVEL, INSTRUMENT_TYPE, …).");
        }
        List<String> loaded = new ArrayList<>();
        for (var l : part.properties()) {
            VocabularyList list = Arrays.stream(VocabularyList.values()).filter(v -> v.name().equals(l.getKey())).findFirst()
                    .orElseThrow(() -> new DomainException("file", "không có danh mục \"" + l.getKey() + "\"; các danh mục: "
                            + String.join(", ", Arrays.stream(VocabularyList.values()).map(Enum::name).toList()) + "."));
            if (!l.getValue().isArray()) {
                throw new DomainException("file", "danh mục " + lower(list) + " cần là một danh sách mục.");
            }
            int row = 0;
            for (JsonNode n : l.getValue()) {
                row++;
                try {
                    load(list, n).ifPresent(loaded::add);
                } catch (DomainException e) {
                    throw new DomainException("file", "danh mục " + lower(list) + ", mục thứ " + row + ": " + e.getMessage());
                }
            }
        }
        return loaded;
    }

    /** One entry: added when its code is new here, changed when it differs, else nothing to say. */
    private Optional<String> load(VocabularyList list, JsonNode n) {
        String code = text(n, "code");
        if (code == null || code.isBlank()) {
            throw new DomainException("code", "thiếu mã (code).");
        }
        String label = text(n, "label");
        Integer position = n.path("position").isNumber() ? n.path("position").asInt() : null;
        boolean retired = n.path("retired").asBoolean(false);
        Boolean passing = list.hasPassing() && n.has("passing") ? n.path("passing").asBoolean() : null;
        Integer interval = list.hasInterval() && n.path("intervalMonths").isNumber() ? n.path("intervalMonths").asInt() : null;
        Optional<VocabularyEntry> here = vocabularies.find(list, code);
        if (here.isEmpty()) {
            VocabularyEntry e = vocabularies.add(new VocabularyCommand(list, code, label, position, retired, passing, interval, null, REASON));
            return Optional.of(label() + ": thêm vào " + lower(list) + " \"" + e.label() + "\"" + attributes(e));
        }
        VocabularyEntry e = here.get();
        boolean same = Objects.equals(e.label(), label) && (position == null || position == e.position()) && e.retired() == retired
                && (!list.hasPassing() || Objects.equals(e.passing(), passing))
                && (!list.hasInterval() || Objects.equals(e.intervalMonths(), interval));
        if (same) {
            return Optional.empty();
        }
        VocabularyEntry after = vocabularies.change(e.id(), new VocabularyCommand(list, code, label, position, retired, passing, interval,
                e.version(), REASON));
        return Optional.of(label() + ": đổi trong " + lower(list) + " \"" + e.label() + "\" thành \"" + after.label() + "\"" + attributes(after)
                + (after.retired() ? " (thôi dùng)" : ""));
    }

    private static String attributes(VocabularyEntry e) {
        if (e.list().hasInterval() && e.intervalMonths() != null) {
            return ", chu kỳ " + e.intervalMonths() + " tháng";
        }
        if (e.list().hasPassing()) {
            return e.isPassing() ? ", đạt" : ", không đạt";
        }
        return "";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? v.asString() : null;
    }

    private static String lower(VocabularyList list) {
        return list.label().toLowerCase(Locale.ROOT);
    }
}
