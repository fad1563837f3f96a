package vn.gov.khcn.geography.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.khcn.geography.DistrictCommand;
import vn.gov.khcn.geography.FormerDistrict;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/** The former districts (before 1 July 2025) and their forms. */
@Controller
@RequestMapping("/geography/districts")
class DistrictPages extends RegisterPages<DistrictCommand> {
    private final Geography geography;
    private final ReportSettings settings;

    DistrictPages(Geography geography, ReportSettings settings) {
        super("/geography/districts", () -> DistrictCommand.of(null, null, java.time.LocalDate.of(2025, 6, 30)), c -> geography.recordDistrict(c).id(), geography::correctDistrict);
        this.geography = geography;
        this.settings = settings;
    }

    @GetMapping
    String list(Model model) {
        SimplePages.exportAs(model, "former-districts");
        List<FormerDistrict> all = geography.districts();
        List<Row> rows = all.stream().map(d -> Row.of("/geography/districts/" + d.id(), d.code(), d.name(), d.validUntil())).toList();
        return show(model, new Table("Huyện cũ (trước 1/7/2025): " + GeographyPages.province(settings),
                "Huyện, thị xã, thành phố thuộc tỉnh trước khi bỏ cấp huyện: hồ sơ và báo cáo các kỳ trước 1/7/2025 còn ghi theo huyện.",
                "/geography/districts/new", "Thêm huyện cũ", List.of("Mã", "Tên", "Hiệu lực đến"), rows, SimplePages.whole(all), "/geography/districts",
                List.of(), List.of(new Link("/geography", "Xã, phường, đặc khu"))).ownedBy(Unit.OFFICE));
    }

    @Override
    protected DistrictCommand saved(long id) {
        FormerDistrict d = geography.district(id);
        return new DistrictCommand(d.code(), d.name(), d.validUntil(), d.version());
    }

    @Override
    protected Form form(DistrictCommand c, Long id) {
        List<Field> fields = List.of(Field.text("code", "Mã", c.code(), true), Field.text("name", "Tên huyện, thị xã, thành phố", c.name(), true),
                Field.of("date", "validUntil", "Hiệu lực đến ngày", c.validUntil(), true));
        return new Form("Huyện cũ", id == null ? "/geography/districts" : "/geography/districts/" + id, "/geography/districts", fields, c.version(),
                null, null, "formerDistrict", id, List.of()).ownedBy(Unit.OFFICE);
    }
}
