package vn.gov.khcn.outreach;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The outreach register kept by the office: news posts, broadcasts and bulletins, and whatever other channel the
 * department keeps in its vocabulary (a post on a social network…), recorded like a post: title, day and where.
 */
@Service
public class Outreach extends RecordFacade<OutreachItem> {
    /** The unit that keeps the outreach register (news, columns, publications). */
    public static final Unit OWNER = Unit.keeping("outreach", "thông tin, truyền thông", Unit.OFFICE);

    static final RecordType<OutreachItem> ITEM = RecordType.of("outreachItem", "tin bài, chuyên mục, tài liệu", "outreach_item",
            OWNER, OutreachItem::reportDates, OutreachItem::title);
    private static final String SAME = "cùng hình thức, tiêu đề, ngày và nơi đăng; tài liệu in: cùng số";
    private final Vocabularies vocabularies;

    Outreach(JdbcClient jdbc, RecordWrites writes, Vocabularies vocabularies) {
        super(writes, ITEM, new RecordTable<>(jdbc, OutreachItem.class, "tin bài, chuyên mục, tài liệu", "id",
                "id, channel, title, published_on, site, station, issue_no, copies, version", "outreach_item"));
        this.vocabularies = vocabularies;
    }

    /** The channels a form offers, label by code: the current ones, and {@code kept} (a saved item's) even if retired. */
    public java.util.Map<String, String> channelChoices(Channel kept) {
        return vocabularies.pickable(VocabularyList.OUTREACH_CHANNEL, kept == null ? null : kept.code());
    }

    /** Every channel's label by its code, retired ones too: what lists, filters and exports print. */
    public java.util.Map<String, String> channelLabels() {
        return vocabularies.labels(VocabularyList.OUTREACH_CHANNEL);
    }

    public PageResult<OutreachItem> search(OutreachQuery q, int page, int size) {
        return table.page("(cast(:c as varchar) is null or channel = :c) and (cast(:q as varchar) is null or title_folded like :q)"
                        + " and (cast(:y as integer) is null or extract(year from published_on) = :y)",
                RecordSql.params("c", q.channel(), "q", RecordSql.like(q.q()), "y", q.year()), "published_on desc nulls first, id desc", page, size);
    }

    /**
     * The news post or broadcast of a title on a day at a place (the site of a post, the station of a broadcast):
     * what identifies one. A bulletin is identified by its issue number ({@link #findBulletin}).
     */
    public Optional<OutreachItem> findPublished(Channel channel, String title, LocalDate publishedOn, String place) {
        return table.first("channel = :c and title = :t and published_on = :d"
                        + " and (case when channel = 'BROADCAST' then station else site end) = :w order by id",
                RecordSql.params("c", channel.name(), "t", title, "d", publishedOn, "w", place));
    }

    /** The bulletin numbered {@code issueNo} (like "1/2021"). */
    public Optional<OutreachItem> findBulletin(String issueNo) {
        return table.first("channel = 'BULLETIN' and issue_no = :n order by id", RecordSql.params("n", issueNo));
    }

    @Transactional
    public OutreachItem record(OutreachCommand c) {
        return register.add(OWNER, c.reason(), SAME, () -> table.insert("""
                insert into outreach_item(channel, title, title_folded, published_on, site, station, issue_no, copies)
                values (:channel, :title, :titleFolded, :publishedOn, :site, :station, :issueNo, :copies)""", validate(c, null)));
    }

    @Transactional
    public OutreachItem correct(long id, OutreachCommand c) {
        return register.change(id, c.version(), c.reason(), before -> table.update("""
                update outreach_item set channel = :channel, title = :title, title_folded = :titleFolded, published_on = :publishedOn,
                       site = :site, station = :station, issue_no = :issueNo, copies = :copies where id = :id""", id, validate(c, id)));
    }

    /** An item as the register stores it: checked and cleaned, with its folded title for search. */
    private record Valid(Channel channel, String title, String titleFolded, LocalDate publishedOn, String site, String station,
                         String issueNo, Integer copies) {
    }

    private Valid validate(OutreachCommand c, Long id) {
        Channel ch = Check.chosen("channel", "hình thức (tin bài, chuyên mục phát thanh - truyền hình, tài liệu in…)", c.channel());
        // a saved item keeps a channel retired since; a new item, or a new channel, is one of the current channels
        if (id == null || !ch.equals(get(id).channel())) {
            ch = new Channel(vocabularies.resolve(VocabularyList.OUTREACH_CHANNEL, "channel", ch.code()).code());
        }
        boolean bulletin = Channel.BULLETIN.equals(ch);
        boolean broadcast = Channel.BROADCAST.equals(ch);
        String title = Check.text("title", "tiêu đề", c.title(), 1000);
        LocalDate d = bulletin ? Check.optionalDate("publishedOn", "ngày xuất bản", c.publishedOn())
                : Check.date("publishedOn", "ngày đăng, phát sóng", c.publishedOn());
        String site = bulletin || broadcast ? null : Check.text("site", Channel.NEWS_POST.equals(ch) ? "trang thông tin điện tử" : "nơi đăng", c.site(), 200);
        String station = broadcast ? Check.text("station", "đài phát sóng", c.station(), 300) : null;
        String no = null;
        Integer copies = null;
        if (bulletin) {
            no = Check.text("issueNo", "số tài liệu (ví dụ 1/2021)", c.issueNo(), 20);
            if (!no.matches("\\d{1,3}/\\d{4}")) {
                throw new DomainException("issueNo", "Số tài liệu \"" + no + "\" không đúng dạng số/năm, ví dụ 1/2021.");
            }
            if (d != null && !no.endsWith("/" + d.getYear())) {
                throw new DomainException("publishedOn", "Năm xuất bản khác năm trong số tài liệu " + no + ".");
            }
            copies = Check.nonNegative("copies", "số lượng bản in", c.copies());
            String issue = no;
            findBulletin(issue).filter(x -> id == null || x.id() != id).ifPresent(x -> {
                throw new DomainException("issueNo", "Tài liệu số " + issue + " đã có.");
            });
        } else {
            String place = broadcast ? station : site;
            Channel channel = ch;
            findPublished(channel, title, d, place).filter(x -> id == null || x.id() != id).ifPresent(x -> {
                throw new DomainException("title", "Đã có \"" + title + "\" ngày " + Formats.date(d) + " trên " + place + ".");
            });
        }
        return new Valid(ch, title, VietnameseText.fold(title), d, site, station, no, copies);
    }
}
