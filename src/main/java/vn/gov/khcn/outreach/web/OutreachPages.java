package vn.gov.khcn.outreach.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.outreach.OutreachItem;
import vn.gov.khcn.outreach.OutreachQuery;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

@Controller
@RequestMapping("/outreach")
record OutreachPages(Outreach outreach) {

    @GetMapping
    String list(OutreachQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "outreach");
        var r = outreach.search(query, Math.max(page, 0), 25);
        Map<String, String> channels = outreach.channelLabels();
        List<Row> rows = r.items().stream().map((OutreachItem i) -> new Row("/outreach/" + i.id(), List.of(i.title(),
                channels.getOrDefault(i.channel().code(), i.channel().code()),
                i.publishedOn() == null ? "đang dự thảo" : Formats.date(i.publishedOn()), where(i)))).toList();
        return show(model, new Table("Thông tin, tuyên truyền KH&CN", null, "/outreach/new", "Thêm", List.of("Tiêu đề", "Hình thức", "Ngày", "Nơi đăng, phát / số"),
                rows, r, SimplePages.base("/outreach", "channel", query.channel(), "q", query.q(), "year", query.year()), List.of(
                new Filter("channel", "Hình thức", query.channel() == null ? null : query.channel().name(), SimplePages.options(channels)),
                new Filter("q", "Tìm theo tiêu đề", query.q(), List.of()), Filter.year(query.year())), List.of()).ownedBy(vn.gov.khcn.outreach.Outreach.OWNER));
    }

    private static String where(OutreachItem i) {
        return Channel.BULLETIN.equals(i.channel()) ? "Số " + i.issueNo() + ", " + Formats.number(i.copies() == null ? 0L : i.copies()) + " cuốn"
                : i.place();
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Channel channel, Model model) {
        return show(model, form(OutreachCommand.of(channel == null ? Channel.NEWS_POST : channel, null, null, null, null, null, null), null));
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        OutreachItem i = outreach.get(id);
        return show(model, form(new OutreachCommand(i.channel(), i.title(), i.publishedOn(), i.site(), i.station(), i.issueNo(), i.copies(),
                i.version(), null), id));
    }

    @PostMapping
    String create(OutreachCommand c, Model model, RedirectAttributes ra) {
        return save(() -> outreach.record(c).id(), "/outreach/", form(c, null), model, ra);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, OutreachCommand c, Model model, RedirectAttributes ra) {
        return save(() -> outreach.correct(id, c).id(), "/outreach/", form(c, id), model, ra);
    }

    private Form form(OutreachCommand c, Long id) {
        return new Form("Thông tin, tuyên truyền", id == null ? "/outreach" : "/outreach/" + id, "/outreach", List.of(
                Field.select("channel", "Hình thức", c.channel(), SimplePages.options(outreach.channelChoices(c.channel())), true),
                Field.of("textarea", "title", "Tiêu đề", c.title(), true),
                Field.of("date", "publishedOn", "Ngày đăng, phát sóng, xuất bản (tài liệu đang dự thảo: để trống)", c.publishedOn(), false),
                Field.text("site", "Trang thông tin điện tử (tin, bài) hoặc nơi đăng", c.site(), false),
                Field.text("station", "Đài phát sóng (chuyên mục)", c.station(), false),
                Field.text("issueNo", "Số tài liệu, ví dụ 1/2021 (tài liệu in)", c.issueNo(), false),
                Field.of("number", "copies", "Số lượng bản in (tài liệu in)", c.copies(), false),
                Field.reason(id)),
                c.version(), null, null, "outreachItem", id, List.of()).ownedBy(vn.gov.khcn.outreach.Outreach.OWNER);
    }
}
