package vn.gov.khcn.profile;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.identity.Role;
import vn.gov.khcn.reporting.DepartmentSettings;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.ProfilePart;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The department profile file: {@code {format: "khcn-department-profile", formatVersion: 1, exportedAt, department,
 * parts: {key: …}}}, written by an administrator and loaded into a fresh installation (one whose settings are not yet
 * complete), all or nothing. See docs/department-setup.md.
 */
@Service
public class DepartmentProfiles {
    public static final String FORMAT = "khcn-department-profile";
    public static final int FORMAT_VERSION = 1;
    private static final String NOTHING = " Không phần nào được nạp.";
    private final List<ProfilePart> parts;
    private final ReportSettings settings;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final Clock clock;

    DepartmentProfiles(List<ProfilePart> parts, ReportSettings settings, AuditTrail audit, JsonMapper json, Clock clock) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(ProfilePart::order)).toList();
        this.settings = settings;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The parts a profile holds, in the order they are written and loaded: key and label. */
    public List<Map.Entry<String, String>> parts() {
        return parts.stream().map(p -> Map.entry(p.key(), p.label())).toList();
    }

    /** The profile of this department as the file holds it. */
    @Transactional(readOnly = true)
    public byte[] export() {
        requireAdmin();
        DepartmentSettings s = settings.get();
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("exportedAt", OffsetDateTime.now(clock).toString());
        root.put("department", String.join(" — ", java.util.stream.Stream.of(s.department(), s.parentBody())
                .filter(t -> t != null && !t.isBlank()).toList()));
        ObjectNode out = root.putObject("parts");
        for (ProfilePart p : parts) {
            out.set(p.key(), p.export());
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** The file's name: "ho-so-thiet-lap-binh-lam.json" for the province Bình Lam. */
    public String fileName() {
        String province = settings.get().province();
        String slug = province == null ? "" : VietnameseText.fold(province).replace('đ', 'd').replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "ho-so-thiet-lap" + (slug.isEmpty() ? "" : "-" + slug) + ".json";
    }

    /**
     * Loads a profile into this installation: every part, in order, through its area's rules, in one transaction. Refused
     * (nothing loaded) when the department has already described itself, when the file is not a profile or is of a newer
     * format, when it has a part this version does not know, or when any part is refused.
     */
    @Transactional
    public List<String> load(byte[] file) {
        requireAdmin();
        if (settings.get().complete()) {
            throw new DomainException("file", "Sở đã thiết lập xong nên không nạp hồ sơ thiết lập: hồ sơ chỉ nạp vào một cài đặt mới, "
                    + "khi thiết lập của Sở còn trống. Hãy sửa từng mục tại trang Thiết lập, Danh mục dùng chung và Mẫu báo cáo.");
        }
        JsonNode root = read(file);
        int version = root.path("formatVersion").asInt(0);
        if (version < 1) {
            throw notAProfile();
        }
        if (version > FORMAT_VERSION) {
            throw new DomainException("file", "Hồ sơ thiết lập được lập bằng phiên bản KHCN mới hơn (định dạng " + version
                    + "); phiên bản này đọc được định dạng " + FORMAT_VERSION + ". Hãy nâng cấp KHCN rồi nạp lại." + NOTHING);
        }
        JsonNode given = root.path("parts");
        if (!given.isObject()) {
            throw notAProfile();
        }
        Map<String, ProfilePart> known = parts.stream().collect(Collectors.toMap(ProfilePart::key, Function.identity()));
        Set<String> unknown = new LinkedHashSet<>(given.propertyNames());
        unknown.removeAll(known.keySet());
        if (!unknown.isEmpty()) {
            throw new DomainException("file", "Hồ sơ có phần mà phiên bản KHCN này không biết: " + String.join(", ", unknown)
                    + " (các phần: " + String.join(", ", parts.stream().map(p -> p.key() + " — " + p.label()).toList()) + ")." + NOTHING);
        }
        List<String> loaded = new ArrayList<>();
        for (ProfilePart p : parts) {
            Optional<JsonNode> part = Optional.ofNullable(given.get(p.key()));
            if (part.isEmpty()) {
                continue;
            }
            try {
                loaded.addAll(p.load(part.get()));
            } catch (DomainException e) {
                throw new DomainException("file", "Phần " + p.label() + " của hồ sơ: " + e.getMessage() + NOTHING);
            }
        }
        audit.record("department_profile", 1, "LOAD", null, Map.of("department", root.path("department").asString(""),
                "exportedAt", root.path("exportedAt").asString(""), "loaded", loaded));
        return loaded;
    }

    private JsonNode read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new DomainException("file", "Chưa chọn tệp hồ sơ thiết lập (.json).");
        }
        JsonNode root;
        try {
            root = json.readTree(file);
        } catch (JacksonException e) {
            throw notAProfile();
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            throw notAProfile();
        }
        return root;
    }

    private static DomainException notAProfile() {
        return new DomainException("file", "Tệp này không phải hồ sơ thiết lập của KHCN (tệp .json xuất tại trang Hồ sơ thiết lập "
                + "hoặc bằng lệnh khcn profile export)." + NOTHING);
    }

    private static void requireAdmin() {
        if (CurrentUser.get().role() != Role.ADMIN) {
            throw new AccessDeniedException("Chỉ quản trị hệ thống được xuất, nạp hồ sơ thiết lập của Sở.");
        }
    }
}
