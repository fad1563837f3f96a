package vn.gov.khcn.outreach.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.outreach.OutreachQuery;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The outreach register (news posts, broadcasts, printed bulletins) by spreadsheet; rows are added through
 * {@link Outreach} (rules, access, audit). A bulletin is identified by its issue number, a post or broadcast by
 * title, day and place.
 */
@Component
class OutreachSheet extends RecordImport<OutreachQuery> {
    static final Column TITLE = Column.text("Tiêu đề", true, 1000, "Tiêu đề tin bài, chuyên mục hoặc tài liệu, có dấu.");
    static final Column PUBLISHED = Column.date("Ngày đăng, phát sóng, xuất bản", false,
            "Bắt buộc với tin bài và chuyên mục; tài liệu in đang dự thảo: để trống.");
    static final Column SITE = Column.text("Trang thông tin điện tử", false, 200,
            "Bắt buộc với tin bài (tên miền trang tin của Sở) và với hình thức khác do Sở thêm (nơi đăng).");
    static final Column STATION = Column.text("Đài phát sóng", false, 300, "Chỉ với chuyên mục phát thanh - truyền hình, bắt buộc.");
    static final Column ISSUE = Column.text("Số tài liệu", false, 20, "Chỉ với tài liệu in, bắt buộc, dạng số/năm, ví dụ 1/2021.");
    static final Column COPIES = Column.integer("Số bản in", false, "Chỉ với tài liệu in, bắt buộc, không âm.");
    /** The channel: the outreach-channel vocabulary's current entries, by label or code. */
    private final Column channel;
    private final RegisterSpec spec;
    private final Outreach outreach;

    @org.springframework.beans.factory.annotation.Autowired
    OutreachSheet(Outreach outreach, Vocabularies vocabularies) {
        this(Column.vocabulary("Hình thức", true, vocabularies.choices(VocabularyList.OUTREACH_CHANNEL),
                "Tin bài, chuyên mục phát thanh - truyền hình, tài liệu in, hoặc hình thức khác trong danh mục (tên hoặc mã)."), outreach);
    }

    private OutreachSheet(Column channel, Outreach outreach) {
        super(new RegisterSpec("outreach", "Thông tin, tuyên truyền KH&CN", "Thông tin, tuyên truyền", "Tuyen truyen",
                List.of(channel, TITLE, PUBLISHED, SITE, STATION, ISSUE, COPIES),
                "tài liệu in: cùng số tài liệu; tin bài, chuyên mục: cùng hình thức, tiêu đề, ngày và trang (đài)", List.of()), OutreachQuery.class);
        this.channel = channel;
        this.spec = spec();
        this.outreach = outreach;
    }

    private Channel channel(ImportRow row) {
        return Channel.valueOf(row.text(channel));
    }

    /** The station of a broadcast, the site of a post or of another channel (what the row gives for its channel). */
    private String place(ImportRow row) {
        return Channel.BROADCAST.equals(channel(row)) ? row.text(STATION) : row.text(SITE);
    }

    @Override
    protected String identity(ImportRow row) {
        Channel c = channel(row);
        return Channel.BULLETIN.equals(c) ? c + "|" + row.text(ISSUE) : c + "|" + row.text(TITLE) + "|" + row.date(PUBLISHED) + "|" + place(row);
    }

    @Override
    protected boolean exists(ImportRow row) {
        Channel c = channel(row);
        if (Channel.BULLETIN.equals(c)) {
            return row.text(ISSUE) != null && outreach.findBulletin(row.text(ISSUE)).isPresent();
        }
        // a missing date or place is refused by the register when the row is created
        return row.date(PUBLISHED) != null && place(row) != null
                && outreach.findPublished(c, row.text(TITLE), row.date(PUBLISHED), place(row)).isPresent();
    }

    @Override
    protected void create(ImportRow row, ImportContext context) {
        outreach.record(new OutreachCommand(channel(row), row.text(TITLE), row.date(PUBLISHED), row.text(SITE), row.text(STATION),
                row.text(ISSUE), row.intValue(COPIES), null, context.reason()));
    }

    @Override
    public void export(OutreachQuery query, Consumer<Object[]> sink) {
        Map<String, String> channels = outreach.channelLabels();
        PagedExport.rows(outreach::search, query, sink, i -> spec.row()
                .put(channel, channels.getOrDefault(i.channel().code(), i.channel().code()))
                .put(TITLE, i.title()).put(PUBLISHED, i.publishedOn()).put(SITE, i.site()).put(STATION, i.station())
                .put(ISSUE, i.issueNo()).put(COPIES, i.copies()));
    }
}
