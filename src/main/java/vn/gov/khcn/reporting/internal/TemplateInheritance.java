package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.shared.DomainException;

/**
 * A template's lines once its {@code @extends} is resolved against the shared templates
 * ({@code reporting/templates/<name>.tpl}) and its {@code @block … @endblock} markers are dropped: what
 * {@link ReportTemplate#parse} reads.
 */
final class TemplateInheritance {
    private TemplateInheritance() {
    }

    /** The lines of {@code source} with its inheritance resolved and no block markers left. */
    static List<String> resolve(String source) {
        return inherit(source.replace("\r", "").lines().toList(), 0).stream()
                .filter(l -> !BLOCK.matcher(l.strip()).matches() && !l.strip().equals("@endblock")).toList();
    }

    private static final Pattern EXTENDS = Pattern.compile("@extends\\s+([a-z0-9-]+)");
    private static final Pattern BLOCK = Pattern.compile("@block\\s+([a-z0-9-]+)");

    /**
     * Resolves {@code @extends body}: the lines of the shared template {@code reporting/templates/body.tpl},
     * each of its {@code @block name … @endblock} replaced by the extending template's block of that name
     * (an empty block leaves the part out; a block not given keeps the shared text), and the extending
     * template's {@code @define}s winning over the shared ones. A template without {@code @extends} keeps
     * its own blocks' text.
     */
    private static List<String> inherit(List<String> lines, int depth) {
        String parent = null;
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> own = new ArrayList<>();
        String open = null;
        for (String l : lines) {
            String t = l.strip();
            Matcher e = EXTENDS.matcher(t);
            Matcher b = BLOCK.matcher(t);
            if (e.matches()) {
                if (parent != null || !blocks.isEmpty() || own.stream().anyMatch(x -> !x.isBlank() && !x.strip().startsWith("%%") && !x.strip().startsWith("@define "))) {
                    throw new DomainException("source", "Dòng @extends phải đứng đầu mẫu (chỉ sau chú thích): " + t);
                }
                parent = e.group(1);
            } else if (b.matches()) {
                if (open != null) {
                    throw new DomainException("source", "Khối @block " + open + " chưa đóng bằng @endblock trước " + t);
                }
                open = b.group(1);
                blocks.put(open, new ArrayList<>());
                if (parent == null) {
                    own.add(l);
                }
            } else if (t.equals("@endblock")) {
                if (open == null) {
                    throw new DomainException("source", "Dòng @endblock không có @block mở trước.");
                }
                open = null;
                if (parent == null) {
                    own.add(l);
                }
            } else if (open != null && parent != null) {
                blocks.get(open).add(l);
            } else {
                own.add(l);
            }
        }
        if (open != null) {
            throw new DomainException("source", "Khối @block " + open + " thiếu dòng @endblock.");
        }
        if (parent == null) {
            return own;
        }
        for (String l : own) {
            String t = l.strip();
            if (!t.isEmpty() && !t.startsWith("%%") && !t.startsWith("@define ")) {
                throw new DomainException("source", "Mẫu kế thừa (@extends " + parent + ") chỉ chứa @define, các khối @block … @endblock "
                        + "và chú thích; dòng này nằm ngoài khối: " + t);
            }
        }
        if (depth > 3) {
            throw new DomainException("source", "Mẫu kế thừa lồng nhau quá 3 cấp (@extends " + parent + ").");
        }
        List<String> base = inherit(sharedSource(parent).replace("\r", "").lines().toList(), depth + 1);
        List<String> out = new ArrayList<>();
        String current = null;
        for (String l : base) {
            String t = l.strip();
            Matcher b = BLOCK.matcher(t);
            if (b.matches()) {
                current = b.group(1);
                if (blocks.containsKey(current)) {
                    out.addAll(blocks.get(current));
                } else {
                    out.add(l);
                }
            } else if (t.equals("@endblock")) {
                if (current != null && !blocks.containsKey(current)) {
                    out.add(l);
                }
                current = null;
            } else if (current == null || !blocks.containsKey(current)) {
                out.add(l);
            }
        }
        out.addAll(own);
        return out;
    }

    /** The shared template a kind extends ({@code reporting/templates/<name>.tpl}). */
    private static String sharedSource(String name) {
        try (java.io.InputStream in = TemplateInheritance.class.getResourceAsStream("/reporting/templates/" + name + ".tpl")) {
            if (in == null) {
                throw new DomainException("source", "Không có mẫu dùng chung \"" + name + "\" để kế thừa (@extends " + name + ").");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
