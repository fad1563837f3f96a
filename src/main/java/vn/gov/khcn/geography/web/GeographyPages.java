package vn.gov.khcn.geography.web;

import static vn.gov.khcn.shared.web.SimplePages.save;
import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.gov.khcn.geography.Commune;
import vn.gov.khcn.geography.CommuneCommand;
import vn.gov.khcn.geography.CommuneKind;
import vn.gov.khcn.geography.CommuneQuery;
import vn.gov.khcn.geography.DistrictCommand;
import vn.gov.khcn.geography.FormerDistrict;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/**
 * The geography page (administrators and the office): the province's communes, 50 a page, by name or code, kind and
 * former district; the former districts; a form for each. Loaded in bulk from the spreadsheets "Xã, phường, đặc khu"
 * and "Huyện cũ" of the exchange page.
 */
@Controller
@RequestMapping("/geography")
class GeographyPages {
    private final Geography geography;
    private final ReportSettings settings;

    GeographyPages(Geography geography, ReportSettings settings) {
        this.geography = geography;
        this.settings = settings;
    }

    private String province() {
        String p = settings.get().province();
        return p == null || p.isBlank() ? "(tên tỉnh chưa khai báo ở trang thiết lập)" : p;
    }

    @GetMapping
    String communes(CommuneQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        SimplePages.exportAs(model, "communes");
        var r = geography.search(query, Math.max(page, 0), 50);
        List<Row> rows = r.items().stream().map((Commune c) -> Row.of("/geography/communes/" + c.id(), c.code(), c.name(), c.kind().label(),
                c.validFrom(), String.join("; ", c.formerDistricts()))).toList();
        List<Option> districts = geography.districts().stream().map(d -> new Option(d.code(), d.name())).toList();
        return show(model, new Table("Địa giới hành chính: " + province(),
                "Các xã, phường, đặc khu của tỉnh (chính quyền địa phương hai cấp từ 1/7/2025) và huyện cũ mà mỗi xã được hình thành từ đó. "
                        + "Hồ sơ trước 1/7/2025 ghi huyện cũ; hồ sơ từ 1/7/2025 ghi xã. Nạp cả danh mục từ bảng tính ở trang Nhập, xuất.",
                "/geography/communes/new", "Thêm xã, phường", List.of("Mã", "Tên", "Loại", "Hiệu lực từ", "Từ huyện cũ"), rows, r,
                SimplePages.base("/geography", "q", query.q(), "kind", query.kind(), "district", query.district()), List.of(
                new Filter("q", "Tìm theo tên, mã", query.q(), List.of()),
                new Filter("kind", "Loại", query.kind() == null ? null : query.kind().name(), SimplePages.options(CommuneKind.values(), CommuneKind::label)),
                new Filter("district", "Từ huyện cũ", query.district(), districts)),
                List.of(new Link("/geography/districts", "Huyện cũ (trước 1/7/2025)"))).ownedBy(Unit.OFFICE));
    }

    @GetMapping("/districts")
    String districts(Model model) {
        SimplePages.exportAs(model, "former-districts");
        List<FormerDistrict> all = geography.districts();
        List<Row> rows = all.stream().map(d -> Row.of("/geography/districts/" + d.id(), d.code(), d.name(), d.validUntil())).toList();
        return show(model, new Table("Huyện cũ (trước 1/7/2025): " + province(),
                "Huyện, thị xã, thành phố thuộc tỉnh trước khi bỏ cấp huyện: hồ sơ và báo cáo các kỳ trước 1/7/2025 còn ghi theo huyện.",
                "/geography/districts/new", "Thêm huyện cũ", List.of("Mã", "Tên", "Hiệu lực đến"), rows, SimplePages.whole(all), "/geography/districts",
                List.of(), List.of(new Link("/geography", "Xã, phường, đặc khu"))).ownedBy(Unit.OFFICE));
    }

    @GetMapping("/communes/new")
    String newCommune(Model model) {
        return show(model, communeForm(CommuneCommand.of(null, null, CommuneKind.COMMUNE, java.time.LocalDate.of(2025, 7, 1), null), null));
    }

    @GetMapping("/communes/{id}")
    String editCommune(@PathVariable long id, Model model) {
        Commune c = geography.commune(id);
        return show(model, communeForm(new CommuneCommand(c.code(), c.name(), c.kind(), c.validFrom(), String.join("; ", c.formerDistricts()),
                c.version()), id));
    }

    @PostMapping("/communes")
    String createCommune(CommuneCommand c, Model model, RedirectAttributes ra) {
        return save(() -> geography.recordCommune(c).id(), "/geography/communes/", communeForm(c, null), model, ra);
    }

    @PostMapping("/communes/{id}")
    String updateCommune(@PathVariable long id, CommuneCommand c, Model model, RedirectAttributes ra) {
        return save(() -> geography.correctCommune(id, c).id(), "/geography/communes/", communeForm(c, id), model, ra);
    }

    @GetMapping("/districts/new")
    String newDistrict(Model model) {
        return show(model, districtForm(DistrictCommand.of(null, null, java.time.LocalDate.of(2025, 6, 30)), null));
    }

    @GetMapping("/districts/{id}")
    String editDistrict(@PathVariable long id, Model model) {
        FormerDistrict d = geography.district(id);
        return show(model, districtForm(new DistrictCommand(d.code(), d.name(), d.validUntil(), d.version()), id));
    }

    @PostMapping("/districts")
    String createDistrict(DistrictCommand c, Model model, RedirectAttributes ra) {
        return save(() -> geography.recordDistrict(c).id(), "/geography/districts/", districtForm(c, null), model, ra);
    }

    @PostMapping("/districts/{id}")
    String updateDistrict(@PathVariable long id, DistrictCommand c, Model model, RedirectAttributes ra) {
        return save(() -> geography.correctDistrict(id, c).id(), "/geography/districts/", districtForm(c, id), model, ra);
    }

    private static Form communeForm(CommuneCommand c, Long id) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.text("code", "Mã", c.code(), true));
        fields.add(Field.text("name", "Tên (không kèm chữ \"Xã\", \"Phường\")", c.name(), true));
        fields.add(Field.select("kind", "Loại", c.kind() == null ? null : c.kind().name(), SimplePages.options(CommuneKind.values(), CommuneKind::label), true));
        fields.add(Field.of("date", "validFrom", "Hiệu lực từ ngày", c.validFrom(), true));
        fields.add(Field.text("formerDistricts", "Từ huyện cũ (tên hoặc mã, cách nhau bằng dấu chấm phẩy)", c.formerDistricts(), false));
        return new Form("Xã, phường, đặc khu", id == null ? "/geography/communes" : "/geography/communes/" + id, "/geography", fields, c.version(),
                null, null, "commune", id, List.of()).ownedBy(Unit.OFFICE);
    }

    private static Form districtForm(DistrictCommand c, Long id) {
        List<Field> fields = List.of(Field.text("code", "Mã", c.code(), true), Field.text("name", "Tên huyện, thị xã, thành phố", c.name(), true),
                Field.of("date", "validUntil", "Hiệu lực đến ngày", c.validUntil(), true));
        return new Form("Huyện cũ", id == null ? "/geography/districts" : "/geography/districts/" + id, "/geography/districts", fields, c.version(),
                null, null, "formerDistrict", id, List.of()).ownedBy(Unit.OFFICE);
    }
}
