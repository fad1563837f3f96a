package vn.gov.khcn.centre.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.centre.GeneSource;
import vn.gov.khcn.centre.GeneSourceCommand;
import vn.gov.khcn.centre.GeneSourceQuery;
import vn.gov.khcn.centre.GeneSources;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The crop gene sources the centre keeps. */
@Controller
@RequestMapping("/centre/gene-sources")
class GeneSourcePages extends RegisterPages<GeneSourceCommand> {
    private final GeneSources sources;

    GeneSourcePages(GeneSources sources) {
        super("/centre/gene-sources", () -> GeneSourceCommand.of(null, null, null), c -> sources.keep(c).id(), sources::correct);
        this.sources = sources;
    }

    @GetMapping
    String list(GeneSourceQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "centre-gene-sources");
        var r = sources.search(query, Math.max(page, 0), 50);
        List<Row> rows = r.items().stream().map((GeneSource g) -> Row.of("/centre/gene-sources/" + g.id(), g.crop(), g.keptSince(),
                g.keptUntil() == null ? "đang lưu giữ" : Formats.date(g.keptUntil()))).toList();
        return show(model, new Table("Nguồn gen cây trồng lưu giữ", null, "/centre/gene-sources/new", "Thêm nguồn gen",
                List.of("Nguồn gen", "Lưu giữ từ", "Đến"), rows, r,
                SimplePages.base("/centre/gene-sources", "q", query.q(), "on", query.on()),
                List.of(new Filter("q", "Tìm", query.q(), List.of()),
                        new Filter("on", "Đang lưu giữ vào ngày (yyyy-mm-dd)", query.on() == null ? null : query.on().toString(), List.of())),
                CentrePages.TABS).ownedBy(vn.gov.khcn.centre.Products.OWNER));
    }

    @Override
    protected GeneSourceCommand saved(long id) {
        GeneSource g = sources.get(id);
        return new GeneSourceCommand(g.crop(), g.keptSince(), g.keptUntil(), g.version(), null);
    }

    @Override
    protected Form form(GeneSourceCommand c, Long id) {
        return new Form("Nguồn gen cây trồng", id == null ? "/centre/gene-sources" : "/centre/gene-sources/" + id, "/centre/gene-sources", List.of(
                Field.text("crop", "Nguồn gen (cây trồng)", c.crop(), true), Field.of("date", "keptSince", "Lưu giữ từ ngày", c.keptSince(), true),
                Field.of("date", "keptUntil", "Thôi lưu giữ từ ngày (để trống nếu còn lưu giữ)", c.keptUntil(), false), Field.reason(id)),
                c.version(), null, null, "geneSource", id, List.of()).ownedBy(vn.gov.khcn.centre.Products.OWNER);
    }
}
