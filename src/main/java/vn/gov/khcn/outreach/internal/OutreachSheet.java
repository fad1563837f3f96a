package vn.gov.khcn.outreach.internal;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.exchange.spi.ImportRow;
import vn.gov.khcn.exchange.spi.Labels;
import vn.gov.khcn.exchange.spi.PagedExport;
import vn.gov.khcn.exchange.spi.RecordImport;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.outreach.OutreachQuery;

/**
 * The outreach register (news posts, broadcasts, printed bulletins) by spreadsheet; rows are added through
 * {@link Outreach} (rules, access, audit). A bulletin is identified by its issue number, a post or broadcast by
 * title, day and place.
 */
@Component
class OutreachSheet extends RecordImport<OutreachQuery> {
    static final Column CHANNEL = Column.choice("Hình thức", true, Labels.labels(Channel.values(), Channel::label),
            "Tin bài, chuyên mục phát thanh - truyền hình, hoặc tài liệu in.");
    static final Column TITLE = Column.text("Tiêu đề", true, 1000, "Tiêu đề tin bài, chuyên mục hoặc tài liệu, có dấu.");
    static final Column PUBLISHED = Column.date("Ngày đăng, phát sóng, xuất bản", false,
            "Bắt buộc với tin bài và chuyên mục; tài liệu in đang dự thảo: để trống.");
    static final Column SITE = Column.text("Trang thông tin điện tử", false, 200, "Chỉ với tin bài, bắt buộc: tên miền trang tin của Sở.");
    static final Column STATION = Column.text("Đài phát sóng", false, 300, "Chỉ với chuyên mục phát thanh - truyền hình, bắt buộc.");
    static final Column ISSUE = Column.text("Số tài liệu", false, 20, "Chỉ với tài liệu in, bắt buộc, dạng số/năm, ví dụ 1/2021.");
    static final Column COPIES = Column.integer("Số bản in", false, "Chỉ với tài liệu in, bắt buộc, không âm.");
    static final RegisterSpec SPEC = new RegisterSpec("outreach", "Thông tin, tuyên truyền KH&CN", "Thông tin, tuyên truyền", "Tuyen truyen",
            List.of(CHANNEL, TITLE, PUBLISHED, SITE, STATION, ISSUE, COPIES),
            "tài liệu in: cùng số tài liệu; tin bài, chuyên mục: cùng hình thức, tiêu đề, ngày và trang (đài)", List.of());
    private final Outreach outreach;

    OutreachSheet(Outreach outreach) {
        super(SPEC, OutreachQuery.class);
        this.outreach = outreach;
    }

    private static Channel channel(ImportRow row) {
        return row.choice(CHANNEL, Channel.values(), Channel::label);
    }

    /** The site of a post, the station of a broadcast (what the row gives for its channel). */
    private static String place(ImportRow row) {
        return channel(row) == Channel.NEWS_POST ? row.text(SITE) : row.text(STATION);
    }

    @Override
    protected String identity(ImportRow row) {
        Channel c = channel(row);
        return c == Channel.BULLETIN ? c + "|" + row.text(ISSUE) : c + "|" + row.text(TITLE) + "|" + row.date(PUBLISHED) + "|" + place(row);
    }

    @Override
    protected boolean exists(ImportRow row) {
        Channel c = channel(row);
        if (c == Channel.BULLETIN) {
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
        PagedExport.each(n -> outreach.search(query, n, PagedExport.SIZE), i -> sink.accept(SPEC.row().put(CHANNEL, i.channel().label())
                .put(TITLE, i.title()).put(PUBLISHED, i.publishedOn()).put(SITE, i.site()).put(STATION, i.station())
                .put(ISSUE, i.issueNo()).put(COPIES, i.copies()).values()));
    }
}
