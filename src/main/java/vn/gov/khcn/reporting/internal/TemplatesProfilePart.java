package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportTemplates;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.ProfilePart;

/**
 * The report templates the department edited, by kind ("month": its source). A kind it never edited is left out,
 * so that the department receiving the profile keeps reading its release's default.
 */
@Component
class TemplatesProfilePart implements ProfilePart {
    private final ReportTemplates templates;
    private final JsonMapper json;

    TemplatesProfilePart(ReportTemplates templates, JsonMapper json) {
        this.templates = templates;
        this.json = json;
    }

    @Override
    public String key() {
        return "templates";
    }

    @Override
    public String label() {
        return "Mẫu báo cáo";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public JsonNode export() {
        ObjectNode out = json.createObjectNode();
        for (ReportKind k : ReportKind.values()) {
            ReportTemplates.TemplateSource t = templates.get(k);
            if (t.version() >= 0) {
                out.put(k.code(), t.source());
            }
        }
        return out;
    }

    /** Saves each kind's source through the template editor's rules (parsed first, audited). */
    @Override
    public List<String> load(JsonNode part) {
        if (!part.isObject()) {
            throw new DomainException("file", "cần mẫu của từng loại báo cáo theo mã loại (month, quarter, …).");
        }
        List<String> loaded = new ArrayList<>();
        for (var e : part.properties()) {
            ReportKind kind = ReportKind.ofCode(e.getKey()).orElseThrow(() -> new DomainException("file",
                    "không có loại báo cáo \"" + e.getKey() + "\"; các loại: " + String.join(", ",
                            java.util.Arrays.stream(ReportKind.values()).map(ReportKind::code).toList()) + "."));
            if (!e.getValue().isString()) {
                throw new DomainException("file", "mẫu " + kind.label().toLowerCase(java.util.Locale.ROOT) + " cần là một đoạn văn bản.");
            }
            try {
                templates.update(kind, e.getValue().asString(), templates.get(kind).version());
            } catch (DomainException ex) {
                throw new DomainException("file", "mẫu " + kind.label().toLowerCase(java.util.Locale.ROOT) + ": " + ex.getMessage());
            }
            loaded.add(label() + ": " + kind.label());
        }
        return loaded;
    }
}
