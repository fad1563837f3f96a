package vn.gov.khcn.geography.web;

import static vn.gov.khcn.shared.web.SimplePages.show;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gov.khcn.geography.Commune;
import vn.gov.khcn.geography.CommuneKind;
import vn.gov.khcn.geography.CommuneQuery;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.reporting.ReportSettings;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Link;
import vn.gov.khcn.shared.web.SimplePages.Option;
import vn.gov.khcn.shared.web.SimplePages.Row;
import vn.gov.khcn.shared.web.SimplePages.Table;

/**
 * The geography page (administrators and the office): the province's communes, 50 a page, by name or code, kind and
 * former district ({@link CommunePages}: a commune's form; {@link DistrictPages}: the former districts). Loaded in bulk from the spreadsheets "Xã, phường, đặc khu"
 * and "Huyện cũ" of the exchange page.
 */
@Controller
@RequestMapping("/geography")
record GeographyPages(Geography geography, ReportSettings settings) {

    /** The province's name as the pages title it (or a reminder to declare it). */
    static String province(ReportSettings settings) {
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
        return show(model, new Table("Địa giới hành chính: " + province(settings),
                "Các xã, phường, đặc khu của tỉnh (chính quyền địa phương hai cấp từ 1/7/2025) và huyện cũ mà mỗi xã được hình thành từ đó. "
                        + "Hồ sơ trước 1/7/2025 ghi huyện cũ; hồ sơ từ 1/7/2025 ghi xã. Nạp cả danh mục từ bảng tính ở trang Nhập, xuất.",
                "/geography/communes/new", "Thêm xã, phường", List.of("Mã", "Tên", "Loại", "Hiệu lực từ", "Từ huyện cũ"), rows, r,
                SimplePages.base("/geography", "q", query.q(), "kind", query.kind(), "district", query.district()), List.of(
                new Filter("q", "Tìm theo tên, mã", query.q(), List.of()),
                new Filter("kind", "Loại", query.kind() == null ? null : query.kind().name(), SimplePages.options(CommuneKind.values(), CommuneKind::label)),
                new Filter("district", "Từ huyện cũ", query.district(), districts)),
                List.of(new Link("/geography/districts", "Huyện cũ (trước 1/7/2025)"))).ownedBy(Unit.OFFICE));
    }
}
