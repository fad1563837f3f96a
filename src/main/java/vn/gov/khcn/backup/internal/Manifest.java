package vn.gov.khcn.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.shared.DomainException;

/**
 * An archive's manifest.json, read and checked: the format and its version, and the SHA-256 of every other
 * entry (none missing, none extra, none changed). What a restore loads and what its proof compares with.
 */
public final class Manifest {
    public static final String ENTRY = "manifest.json";
    public static final String FORMAT = "khcn-archive";
    public static final int FORMAT_VERSION = 1;
    public static final String FILES = "files/";
    /** Attached files are named by a random UUID key; nothing else is accepted (no path is ever used). */
    public static final String FILE_KEY = "[0-9a-f\\-]{36}";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One table of the archive: its entry, row count and the columns written, in order. */
    public record TableEntry(String name, String file, long rows, List<String> columns) {
    }

    private final String schemaVersion;
    private final boolean passwords;
    private final List<TableEntry> tables;
    private final Map<String, String> sha256;

    private Manifest(JsonNode m) {
        schemaVersion = m.path("schemaVersion").asString("");
        passwords = m.path("passwords").asBoolean(false);
        tables = new ArrayList<>();
        for (JsonNode td : m.path("tables")) {
            List<String> cols = new ArrayList<>();
            td.path("columns").forEach(col -> cols.add(col.path("name").asString()));
            tables.add(new TableEntry(td.path("name").asString(), td.path("file").asString(), td.path("rows").asLong(-1), List.copyOf(cols)));
        }
        sha256 = new LinkedHashMap<>();
        for (var e : m.path("sha256").properties()) {
            sha256.put(e.getKey(), e.getValue().asString());
        }
    }

    /** Reads and checks the manifest of {@code zip}; {@code name} is the file's name, for messages. */
    public static Manifest readChecked(ZipFile zip, String name) throws IOException {
        ZipEntry me = zip.getEntry(ENTRY);
        if (me == null) {
            throw new DomainException("file", "Tệp \"" + name + "\" không phải bản sao lưu KHCN: thiếu manifest.json.");
        }
        JsonNode m;
        try (InputStream in = zip.getInputStream(me)) {
            m = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!FORMAT.equals(m.path("format").asString("")) || m.path("formatVersion").asInt(0) != FORMAT_VERSION) {
            throw new DomainException("file", "Tệp \"" + name + "\" không phải bản sao lưu KHCN định dạng phiên bản " + FORMAT_VERSION + ".");
        }
        Manifest manifest = new Manifest(m);
        manifest.verifyEntries(zip, name);
        return manifest;
    }

    private void verifyEntries(ZipFile zip, String name) throws IOException {
        for (var e : sha256.entrySet()) {
            ZipEntry entry = zip.getEntry(e.getKey());
            if (entry == null) {
                throw new DomainException("file", "Bản sao lưu \"" + name + "\" thiếu phần \"" + e.getKey() + "\" ghi trong manifest.json.");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                if (!Digesting.of(in).equals(e.getValue())) {
                    throw new DomainException("file", "Phần \"" + e.getKey() + "\" của bản sao lưu \"" + name
                            + "\" không khớp mã SHA-256 trong manifest.json: tệp đã bị sửa hoặc hỏng.");
                }
            }
        }
        for (var en = zip.entries(); en.hasMoreElements(); ) {
            String n = en.nextElement().getName();
            if (!n.equals(ENTRY) && !sha256.containsKey(n)) {
                throw new DomainException("file", "Bản sao lưu \"" + name + "\" có phần \"" + n + "\" không ghi trong manifest.json.");
            }
        }
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    public boolean passwords() {
        return passwords;
    }

    public List<TableEntry> tables() {
        return tables;
    }

    /** The attached files: key → SHA-256, only entries {@code files/<key>} with a valid key. */
    public Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        sha256.forEach((entry, sum) -> {
            if (entry.startsWith(FILES) && entry.substring(FILES.length()).matches(FILE_KEY)) {
                out.put(entry.substring(FILES.length()), sum);
            }
        });
        return out;
    }
}
