package vn.gov.khcn.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.ReportCheck;

/**
 * The JSON form of indicators.md, written by hand so that the bytes are deterministic: keys sorted,
 * no timestamps, {@code value} left out when null, empty {@code by} left out.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    public static String write(String kind, String period, FigureSet f, List<ReportCheck> checks) {
        StringBuilder sb = new StringBuilder("{\"checks\":[");
        for (int i = 0; i < checks.size(); i++) {
            ReportCheck c = checks.get(i);
            sb.append(i == 0 ? "" : ",").append('{');
            boolean first = true;
            if (c.code() != null) {
                sb.append("\"code\":").append(str(c.code()));
                first = false;
            }
            if (c.message() != null) {
                sb.append(first ? "" : ",").append("\"message\":").append(str(c.message()));
                first = false;
            }
            sb.append(first ? "" : ",").append("\"ok\":").append(c.ok()).append(",\"rule\":").append(str(c.rule()));
            // only a warning carries the key, so the JSON of a report with no plan checks reads as before
            sb.append(c.warning() ? ",\"warning\":true}" : "}");
        }
        sb.append("],\"kind\":").append(str(kind)).append(",\"period\":").append(str(period)).append(",\"periods\":{");
        boolean firstPeriod = true;
        for (String name : new java.util.TreeSet<>(f.ranges().keySet())) {
            DateRange r = f.ranges().get(name);
            sb.append(firstPeriod ? "" : ",").append(str(name)).append(":{\"end\":").append(str(r.end().toString()))
                    .append(",\"indicators\":{");
            firstPeriod = false;
            boolean firstCode = true;
            for (Map.Entry<String, IndicatorValue> e : f.values(name).entrySet()) {
                sb.append(firstCode ? "" : ",").append(str(e.getKey())).append(':');
                firstCode = false;
                indicator(sb, e.getValue());
            }
            sb.append("},\"start\":").append(str(r.start().toString())).append('}');
        }
        return sb.append("}}\n").toString();
    }

    private static void indicator(StringBuilder sb, IndicatorValue v) {
        sb.append('{');
        boolean hasBy = v.by().values().stream().anyMatch(m -> !m.isEmpty());
        if (hasBy) {
            sb.append("\"by\":{");
            boolean first = true;
            for (Map.Entry<String, SortedMap<String, Long>> d : v.by().entrySet()) {
                if (d.getValue().isEmpty()) {
                    continue;
                }
                sb.append(first ? "" : ",").append(str(d.getKey())).append(":{");
                first = false;
                boolean fk = true;
                for (Map.Entry<String, Long> k : d.getValue().entrySet()) {
                    sb.append(fk ? "" : ",").append(str(k.getKey())).append(':').append(k.getValue());
                    fk = false;
                }
                sb.append('}');
            }
            sb.append('}');
        }
        if (v.value() != null) {
            sb.append(hasBy ? "," : "").append("\"value\":").append(v.value());
        }
        sb.append('}');
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
