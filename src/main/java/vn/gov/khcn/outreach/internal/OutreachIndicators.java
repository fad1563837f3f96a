package vn.gov.khcn.outreach.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.outreach.OutreachItem;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/** outreach.newsPosts, outreach.broadcasts, outreach.bulletinCopies, and outreach.items by channel (any channel the department keeps). */
@Component
record OutreachIndicators(JdbcClient jdbc, Vocabularies vocabularies) implements IndicatorProvider {
    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator("outreach.newsPosts", "Tin, bài đăng trên trang thông tin điện tử", List.of(), p -> count(p, "NEWS_POST")),
                new Indicator("outreach.broadcasts", "Chuyên mục KH&CN phát sóng", List.of(), p -> count(p, "BROADCAST")),
                new Indicator("outreach.bulletinCopies", "Số cuốn tài liệu thông tin KH&CN xuất bản", List.of(), this::bulletinCopies),
                new Indicator("outreach.items", "Tin bài, chuyên mục, tài liệu đăng, phát, xuất bản", List.of("channel"), this::items,
                        d -> d.equals("channel") ? vocabularies.labels(VocabularyList.OUTREACH_CHANNEL) : Map.of()));
    }

    /** Every item published in P, by channel: the channels a department added are counted with the national three. */
    private IndicatorValue items(DateRange p) {
        List<OutreachItem> items = jdbc.sql("select id, channel, title, published_on, site, station, issue_no, copies, version from outreach_item"
                        + " where published_on between :s and :e order by published_on, id")
                .param("s", p.start()).param("e", p.end()).query(Rows.of(OutreachItem.class)).list();
        java.util.SortedMap<String, Long> byChannel = new java.util.TreeMap<>();
        items.forEach(i -> byChannel.merge(i.channel().code(), 1L, Long::sum));
        java.util.SortedMap<String, java.util.SortedMap<String, Long>> by = new java.util.TreeMap<>();
        by.put("channel", byChannel);
        return new IndicatorValue((long) items.size(), by, null, null, refs(items));
    }

    private List<OutreachItem> items(DateRange p, String channel) {
        return jdbc.sql("select id, channel, title, published_on, site, station, issue_no, copies, version from outreach_item"
                        + " where channel = :c and published_on between :s and :e order by published_on, id")
                .param("c", channel).param("s", p.start()).param("e", p.end()).query(Rows.of(OutreachItem.class)).list();
    }

    private IndicatorValue count(DateRange p, String channel) {
        List<OutreachItem> items = items(p, channel);
        List<String> places = items.stream().map(i -> i.site() != null ? i.site() : i.station()).distinct().toList();
        return new IndicatorValue((long) items.size(), null, places, null, refs(items));
    }

    /** Copies of the bulletins issued in P; names list the issues compactly per year: "1, 2/2021". */
    private IndicatorValue bulletinCopies(DateRange p) {
        List<OutreachItem> items = items(p, "BULLETIN");
        long copies = items.stream().mapToLong(i -> i.copies() == null ? 0 : i.copies()).sum();
        Map<String, List<String>> byYear = new LinkedHashMap<>();
        items.stream().sorted((a, b) -> compareIssue(a.issueNo(), b.issueNo())).forEach(i -> {
            String[] parts = i.issueNo().split("/");
            byYear.computeIfAbsent(parts[1], y -> new ArrayList<>()).add(parts[0]);
        });
        List<String> names = byYear.entrySet().stream().map(e -> String.join(", ", e.getValue()) + "/" + e.getKey()).toList();
        return new IndicatorValue(copies, null, names, null, refs(items));
    }

    private static int compareIssue(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int c = Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        return c != 0 ? c : Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
    }

    private static List<RecordRef> refs(List<OutreachItem> items) {
        return items.stream().map(i -> new RecordRef("outreachItem", i.id(), i.title(), "/outreach/" + i.id())).toList();
    }
}
