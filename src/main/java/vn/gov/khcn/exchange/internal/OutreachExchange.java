package vn.gov.khcn.exchange.internal;

import static vn.gov.khcn.exchange.internal.Lookups.byLabel;
import static vn.gov.khcn.exchange.internal.Lookups.labels;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.khcn.exchange.Column;
import vn.gov.khcn.exchange.ImportRow;
import vn.gov.khcn.exchange.RegisterSpec;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;

/**
 * The outreach register (news posts, broadcasts, printed bulletins); rows are added through {@link Outreach}
 * (rules, access, audit). A bulletin is identified by its issue number, a post or broadcast by title, day and place.
 */
@Component
@Order(330)
public class OutreachExchange extends RecordImport {
    static final RegisterSpec SPEC = new RegisterSpec("outreach", "Thông tin, tuyên truyền KH&CN", "Tuyen truyen", List.of(
            Column.choice("Hình thức", true, labels(Channel.values(), Channel::label), "Tin bài, chuyên mục phát thanh - truyền hình, hoặc tài liệu in."),
            Column.text("Tiêu đề", true, 1000, "Tiêu đề tin bài, chuyên mục hoặc tài liệu, có dấu."),
            Column.date("Ngày đăng, phát sóng, xuất bản", false, "Bắt buộc với tin bài và chuyên mục; tài liệu in đang dự thảo: để trống."),
            Column.text("Trang thông tin điện tử", false, 200, "Chỉ với tin bài, bắt buộc; ví dụ khcncaobang.gov.vn."),
            Column.text("Đài phát sóng", false, 300, "Chỉ với chuyên mục phát thanh - truyền hình, bắt buộc."),
            Column.text("Số tài liệu", false, 20, "Chỉ với tài liệu in, bắt buộc, dạng số/năm, ví dụ 1/2021."),
            Column.integer("Số bản in", false, "Chỉ với tài liệu in, bắt buộc, không âm.")),
            "tài liệu in: cùng số tài liệu; tin bài, chuyên mục: cùng hình thức, tiêu đề, ngày và trang (đài)");
    private final Outreach outreach;

    OutreachExchange(Outreach outreach) {
        super(SPEC);
        this.outreach = outreach;
    }

    private static Channel channel(ImportRow row) {
        return byLabel(Channel.values(), Channel::label, row.text(0));
    }

    /** The site of a post, the station of a broadcast (what the row gives for its channel). */
    private static String place(ImportRow row) {
        return channel(row) == Channel.NEWS_POST ? row.text(3) : row.text(4);
    }

    @Override
    protected String identity(ImportRow row) {
        Channel c = channel(row);
        return c == Channel.BULLETIN ? c + "|" + row.text(5) : c + "|" + row.text(1) + "|" + row.date(2) + "|" + place(row);
    }

    @Override
    protected boolean exists(ImportRow row) {
        Channel c = channel(row);
        if (c == Channel.BULLETIN) {
            return row.text(5) != null && outreach.findBulletin(row.text(5)).isPresent();
        }
        // a missing date or place is refused by the register when the row is created
        return row.date(2) != null && place(row) != null && outreach.findPublished(c, row.text(1), row.date(2), place(row)).isPresent();
    }

    @Override
    protected void create(ImportRow row, Lookups lookups) {
        outreach.create(new OutreachCommand(channel(row), row.text(1), row.date(2), row.text(3), row.text(4), row.text(5),
                Lookups.toInt(row.integer(6)), null));
    }

    @Override
    public void export(Map<String, String> filters, Consumer<Object[]> sink) {
        ListFilters f = new ListFilters(filters);
        Channel channel = f.choice("channel", Channel.class);
        String q = f.text("q");
        Integer year = f.integer("year");
        PagedExport.each(n -> outreach.search(channel, q, year, n, PagedExport.SIZE), i -> sink.accept(new Object[] {i.channel().label(),
                i.title(), i.publishedOn(), i.site(), i.station(), i.issueNo(), i.copies() == null ? null : (long) i.copies()}));
    }
}
