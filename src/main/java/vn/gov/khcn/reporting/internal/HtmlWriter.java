package vn.gov.khcn.reporting.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.gov.khcn.reporting.RenderedReport;
import vn.gov.khcn.reporting.RenderedReport.Block;
import vn.gov.khcn.reporting.RenderedReport.Span;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.shared.Formats;

/** The report as an HTML fragment: every figure links to the records behind it; footnotes at the bottom. */
public final class HtmlWriter {
    private HtmlWriter() {
    }

    public static String write(RenderedReport r) {
        Report rep = r.report();
        var s = r.settings();
        StringBuilder sb = new StringBuilder("<article class=\"report-doc\">\n<table class=\"report-head\"><tr><td>")
                .append(esc(s.parentBody())).append("<br><strong>").append(esc(s.department())).append("</strong><hr class=\"short\">")
                .append("Số: ").append(esc(rep.numberText())).append("</td><td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>")
                .append("<strong>Độc lập - Tự do - Hạnh phúc</strong><hr class=\"short\"><em>").append(esc(rep.place())).append(", ")
                .append(esc(Formats.longDate(rep.reportDate()))).append("</em></td></tr></table>\n")
                .append("<h1 class=\"report-title\">BÁO CÁO</h1>\n<p class=\"report-subject\"><strong>").append(esc(r.subject()))
                .append("</strong></p>\n");
        for (Block b : r.blocks()) {
            String tag = switch (b.kind()) {
                case HEADING1 -> "h2";
                case HEADING2, HEADING3 -> "h3";
                default -> "p";
            };
            sb.append('<').append(tag).append('>');
            spans(b.spans(), rep, sb);
            sb.append("</").append(tag).append(">\n");
        }
        sb.append("<table class=\"report-sign\"><tr><td><strong><em>Nơi nhận:</em></strong><br>");
        for (String x : rep.recipientList()) {
            sb.append("- ").append(esc(x)).append(";<br>");
        }
        sb.append("- Lưu: VT, VP.</td><td><strong>").append(esc(rep.signerTitle()).replace("\n", "<br>")).append("</strong><br><br><br><strong>")
                .append(esc(rep.signerName())).append("</strong></td></tr></table>\n");
        if (!r.footnotes().isEmpty()) {
            sb.append("<ol class=\"footnotes\">\n");
            for (var f : r.footnotes()) {
                sb.append("<li id=\"fn-").append(f.number()).append("\">");
                spans(f.spans(), rep, sb);
                sb.append("</li>\n");
            }
            sb.append("</ol>\n");
        }
        return sb.append("</article>\n").toString();
    }

    private static void spans(List<Span> spans, Report rep, StringBuilder sb) {
        for (Span s : spans) {
            if (s.footnote() != null) {
                sb.append("<sup><a href=\"#fn-").append(s.footnote()).append("\">").append(s.footnote()).append("</a></sup>");
                continue;
            }
            String t = esc(s.text());
            if (s.italic()) {
                t = "<em>" + t + "</em>";
            }
            if (s.bold()) {
                t = "<strong>" + t + "</strong>";
            }
            if (s.link() != null) {
                t = "<a class=\"figure\" href=\"/reports/records?code=" + url(s.link().code()) + "&amp;period=" + s.link().period()
                        + "&amp;start=" + s.link().start() + "&amp;end=" + s.link().end()
                        + (rep.id() > 0 ? "&amp;report=" + rep.id() : "") + "\">" + t + "</a>";
            }
            sb.append(t);
        }
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
