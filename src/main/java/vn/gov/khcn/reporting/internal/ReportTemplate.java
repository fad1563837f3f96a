package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/**
 * A parsed report template (the language is described in docs/templates.md). Line level: {@code @subject},
 * {@code @period}, {@code @define}, headings {@code #}/{@code ##}/{@code ###}, paragraphs separated by
 * blank lines, {@code [[narrative:slot|UNIT]]} alone in a block, {@code [[each:code]] … [[end]]},
 * {@code [[planned]]}. Inline text is parsed by {@link Inline}.
 */
public record ReportTemplate(String subject, List<Node> nodes, Map<String, Unit> slots) {

    public sealed interface Node permits Heading, Para, Each, Planned, BlockNarrative, Tie {
    }

    public record Heading(int level, String text, String period) implements Node {
    }

    public record Para(String text, String period) implements Node {
    }

    public record Each(String code, String period, List<String> lines) implements Node {
    }

    public record Planned(String period) implements Node {
    }

    public record BlockNarrative(String slot, String period) implements Node {
    }

    /** {@code @tie noun = figure}: in this section, "N noun" typed in a narrative must be the figure's number. Prints nothing. */
    public record Tie(String noun, String expr, String period) implements Node {
    }

    /**
     * The heading each narrative slot is written under, as a reader names it ("2. Công tác quản lý khoa học"); where
     * several slots share a heading, each after the first gets its place ("…, phần 2"). Figures in a heading print as "…".
     */
    public Map<String, String> slotHeadings() {
        return slotHeadings(Map.of());
    }

    /**
     * The same, with the period's words ({@code $month}, {@code $year}…: {@code vars}) put in their headings ("I. KẾT QUẢ
     * HOẠT ĐỘNG THÁNG 9 NĂM 2021"); a figure, or a word {@code vars} lacks, prints as "…".
     */
    public Map<String, String> slotHeadings(Map<String, String> vars) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> uses = new java.util.HashMap<>();
        String heading = subject == null || subject.isBlank() ? "Phần mở đầu" : "Phần mở đầu";
        for (Node n : nodes) {
            List<String> found = new ArrayList<>();
            if (n instanceof Heading h) {
                heading = PLACEHOLDER.matcher(h.text()).replaceAll(m -> Matcher.quoteReplacement(java.util.Objects.requireNonNullElse(vars.get(m.group(1)), "…")))
                        .replace("*", "").strip();
            } else if (n instanceof BlockNarrative b) {
                found.add(b.slot());
            } else if (n instanceof Para p) {
                java.util.regex.Matcher m = NARRATIVE.matcher(p.text());
                while (m.find()) {
                    found.add(m.group(1));
                }
            } else if (n instanceof Each e) {
                for (String l : e.lines()) {
                    java.util.regex.Matcher m = NARRATIVE.matcher(l);
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
            for (String slot : found) {
                if (!out.containsKey(slot)) {
                    int k = uses.merge(heading, 1, Integer::sum);
                    out.put(slot, k == 1 ? heading : heading + ", phần " + k);
                }
            }
        }
        slots.keySet().forEach(slot -> out.putIfAbsent(slot, "Phần thuyết minh"));
        return out;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    static final Pattern NARRATIVE = Pattern.compile("\\[\\[narrative:([a-z0-9-]+)(?:\\|([A-Z_]+))?]]");
    private static final Pattern DEFINE_USE = Pattern.compile("\\{>([a-z0-9-]+)}");

    public static ReportTemplate parse(String source) {
        List<String> lines = TemplateInheritance.resolve(source);
        Map<String, String> defines = new LinkedHashMap<>();
        String subject = "";
        List<Node> nodes = new ArrayList<>();
        String period = "month";
        StringBuilder para = new StringBuilder();
        int i = 0;
        List<String> body = new ArrayList<>();
        for (String l : lines) {
            String t = l.strip();
            if (t.startsWith("@define ")) {
                int c = t.indexOf(':');
                if (c < 0) {
                    throw new DomainException("source", "Dòng @define thiếu dấu hai chấm: " + t);
                }
                defines.put(t.substring(8, c).strip(), t.substring(c + 1).strip());
            } else if (!t.startsWith("%%")) {
                body.add(l);
            }
        }
        while (i < body.size()) {
            String t = expand(body.get(i).strip(), defines);
            i++;
            if (t.isEmpty()) {
                flush(para, nodes, period);
                continue;
            }
            if (t.startsWith("@subject ")) {
                subject = t.substring(9).strip();
            } else if (t.startsWith("@period ")) {
                flush(para, nodes, period);
                period = t.substring(8).strip();
                if (!period.equals("month") && !period.equals("ytd")) {
                    throw new DomainException("source", "@period chỉ nhận month hoặc ytd: " + t);
                }
            } else if (t.startsWith("@tie ")) {
                flush(para, nodes, period);
                int eq = t.indexOf('=');
                String noun = eq < 0 ? "" : t.substring(5, eq).strip();
                String expr = eq < 0 ? "" : t.substring(eq + 1).strip();
                if (noun.isEmpty() || expr.isEmpty() || expr.contains("{") || expr.contains(" ")) {
                    throw new DomainException("source", "Dòng @tie cần dạng \"@tie danh từ = mã chỉ tiêu\", ví dụ "
                            + "\"@tie Hội đồng nghiệm thu = tasks.acceptanceCouncilsFormed\": " + t);
                }
                nodes.add(new Tie(noun, expr, period));
            } else if (t.startsWith("#")) {
                flush(para, nodes, period);
                int level = 0;
                while (level < t.length() && t.charAt(level) == '#') {
                    level++;
                }
                nodes.add(new Heading(Math.min(level, 3), t.substring(level).strip(), period));
            } else if (t.equals("[[planned]]")) {
                flush(para, nodes, period);
                nodes.add(new Planned(period));
            } else if (t.startsWith("[[each:") && t.endsWith("]]")) {
                flush(para, nodes, period);
                String spec = t.substring(7, t.length() - 2);
                String p = period;
                int at = spec.indexOf('@');
                if (at >= 0) {
                    p = spec.substring(at + 1);
                    spec = spec.substring(0, at);
                }
                List<String> each = new ArrayList<>();
                while (i < body.size() && !body.get(i).strip().equals("[[end]]")) {
                    String e = expand(body.get(i).strip(), defines);
                    if (!e.isEmpty()) {
                        each.add(e);
                    }
                    i++;
                }
                if (i >= body.size()) {
                    throw new DomainException("source", "Khối [[each:" + spec + "]] thiếu dòng [[end]].");
                }
                i++;
                nodes.add(new Each(spec, p, each));
            } else if (NARRATIVE.matcher(t).matches() && para.isEmpty()) {
                Matcher m = NARRATIVE.matcher(t);
                m.matches();
                nodes.add(new BlockNarrative(m.group(1), period));
            } else {
                if (!para.isEmpty()) {
                    para.append(' ');
                }
                para.append(t);
            }
        }
        flush(para, nodes, period);
        Map<String, Unit> slots = new LinkedHashMap<>();
        Matcher m = NARRATIVE.matcher(String.join("\n", body.stream().map(b -> expand(b, defines)).toList()));
        while (m.find()) {
            Unit u;
            try {
                u = m.group(2) == null ? Unit.OFFICE : Unit.valueOf(m.group(2));
            } catch (IllegalArgumentException e) {
                throw new DomainException("source", "Đơn vị \"" + m.group(2) + "\" của mục " + m.group(1) + " không có.");
            }
            slots.putIfAbsent(m.group(1), u);
        }
        for (Node n : nodes) {
            String text = n instanceof Heading h ? h.text() : n instanceof Para p ? p.text()
                    : n instanceof Each e ? String.join(" ", e.lines()) : "";
            Inline.parse(text);
        }
        Inline.parse(subject);
        return new ReportTemplate(subject, List.copyOf(nodes), slots);
    }

    private static String expand(String line, Map<String, String> defines) {
        Matcher m = DEFINE_USE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String d = defines.get(m.group(1));
            if (d == null) {
                throw new DomainException("source", "Đoạn {>" + m.group(1) + "} chưa được khai báo bằng @define.");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(d));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void flush(StringBuilder para, List<Node> nodes, String period) {
        if (!para.isEmpty()) {
            nodes.add(new Para(para.toString(), period));
            para.setLength(0);
        }
    }
}
