package vn.gov.khcn.outreach;

import static vn.gov.khcn.shared.RecordSql.params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.reporting.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** The outreach register kept by the office: news posts, broadcasts and bulletins. */
@Service
public class Outreach {
    static final Unit OWNER = Unit.OFFICE;
    private static final String COLS = "id, channel, title, published_on, site, station, issue_no, copies, version";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;

    Outreach(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
    }

    public OutreachItem get(long id) {
        return jdbc.sql("select " + COLS + " from outreach_item where id = :id").param("id", id).query(OutreachItem.class).optional()
                .orElseThrow(() -> new NotFoundException("tin bài, chuyên mục, tài liệu", id));
    }

    /** Items of a channel (all when null), title search, published in a year (null: any, drafts included). */
    public PageResult<OutreachItem> search(Channel channel, String q, Integer year, int page, int size) {
        return RecordSql.page(jdbc, OutreachItem.class, COLS, "outreach_item",
                "(cast(:c as varchar) is null or channel = :c) and (cast(:q as varchar) is null or title_folded like :q)"
                        + " and (cast(:y as integer) is null or extract(year from published_on) = :y)",
                params("c", channel, "q", RecordSql.like(q), "y", year), "published_on desc nulls first, id desc", page, size);
    }

    /**
     * The news post or broadcast of a title on a day at a place (the site of a post, the station of a broadcast):
     * what identifies one. A bulletin is identified by its issue number ({@link #findBulletin}).
     */
    public Optional<OutreachItem> findPublished(Channel channel, String title, LocalDate publishedOn, String place) {
        return jdbc.sql("select " + COLS + " from outreach_item where channel = :c and title = :t and published_on = :d"
                        + " and (case when channel = 'NEWS_POST' then site else station end) = :w order by id")
                .param("c", channel.name()).param("t", title).param("d", publishedOn).param("w", place)
                .query(OutreachItem.class).stream().findFirst();
    }

    /** The bulletin numbered {@code issueNo} (like "1/2021"). */
    public Optional<OutreachItem> findBulletin(String issueNo) {
        return jdbc.sql("select " + COLS + " from outreach_item where channel = 'BULLETIN' and issue_no = :n order by id")
                .param("n", issueNo).query(OutreachItem.class).stream().findFirst();
    }

    @Transactional
    public OutreachItem create(OutreachCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        long id = RecordSql.insert(jdbc, """
                insert into outreach_item(channel, title, title_folded, published_on, site, station, issue_no, copies)
                values (:ch, :t, :tf, :d, :site, :st, :no, :cp)""", validate(c, null));
        OutreachItem saved = get(id);
        audit.record("outreachItem", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public OutreachItem update(long id, OutreachCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        OutreachItem before = get(id);
        var p = validate(c, id);
        List<LocalDate> dates = new ArrayList<>();
        for (Object d : new Object[]{before.publishedOn(), p.get("d")}) {
            if (d != null) {
                dates.add((LocalDate) d);
            }
        }
        locks.checkChange("outreachItem", id, dates, null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, """
                update outreach_item set channel = :ch, title = :t, title_folded = :tf, published_on = :d, site = :site, station = :st,
                       issue_no = :no, copies = :cp, version = version + 1 where id = :id and version = :v""", p, "\"" + before.title() + "\"", before);
        OutreachItem after = get(id);
        audit.record("outreachItem", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> validate(OutreachCommand c, Long id) {
        Channel ch = RecordSql.required("channel", c.channel(), "Cần chọn hình thức (tin bài, chuyên mục phát thanh - truyền hình, tài liệu in).");
        String title = RecordSql.text("title", c.title(), "tiêu đề", 1000, true);
        LocalDate d = RecordSql.date("publishedOn", c.publishedOn(), "ngày đăng, phát sóng", ch != Channel.BULLETIN);
        String site = null;
        String station = null;
        String no = null;
        Integer copies = null;
        switch (ch) {
            case NEWS_POST -> site = RecordSql.text("site", c.site(), "trang thông tin điện tử", 200, true);
            case BROADCAST -> station = RecordSql.text("station", c.station(), "đài phát sóng", 300, true);
            case BULLETIN -> {
                no = RecordSql.text("issueNo", c.issueNo(), "số tài liệu (ví dụ 1/2021)", 20, true);
                if (!no.matches("\\d{1,3}/\\d{4}")) {
                    throw new DomainException("issueNo", "Số tài liệu \"" + no + "\" không đúng dạng số/năm, ví dụ 1/2021.");
                }
                if (d != null && !no.endsWith("/" + d.getYear())) {
                    throw new DomainException("publishedOn", "Năm xuất bản khác năm trong số tài liệu " + no + ".");
                }
                if (c.copies() == null || c.copies() < 0) {
                    throw new DomainException("copies", "Cần nhập số lượng bản in (không âm).");
                }
                copies = c.copies();
                boolean taken = jdbc.sql("select count(*) from outreach_item where channel = 'BULLETIN' and issue_no = :n and (cast(:id as bigint) is null or id <> :id)")
                        .param("n", no).param("id", id).query(Long.class).single() > 0;
                if (taken) {
                    throw new DomainException("issueNo", "Tài liệu số " + no + " đã có.");
                }
            }
        }
        if (ch != Channel.BULLETIN) {
            String place = ch == Channel.NEWS_POST ? site : station;
            findPublished(ch, title, d, place).filter(x -> id == null || x.id() != id).ifPresent(x -> {
                throw new DomainException("title", "Đã có \"" + title + "\" ngày " + Formats.date(d) + " trên " + place + ".");
            });
        }
        return params("ch", ch, "t", title, "tf", VietnameseText.fold(title), "d", d, "site", site, "st", station, "no", no, "cp", copies);
    }
}
