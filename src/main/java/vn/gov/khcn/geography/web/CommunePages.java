package vn.gov.khcn.geography.web;


import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.khcn.geography.Commune;
import vn.gov.khcn.geography.CommuneCommand;
import vn.gov.khcn.geography.CommuneKind;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Form;

/** A commune's form (the communes are listed on the geography page). */
@Controller
@RequestMapping("/geography/communes")
class CommunePages extends RegisterPages<CommuneCommand> {
    private final Geography geography;

    CommunePages(Geography geography) {
        super("/geography/communes", () -> CommuneCommand.of(null, null, CommuneKind.COMMUNE, java.time.LocalDate.of(2025, 7, 1), null), c -> geography.recordCommune(c).id(), geography::correctCommune);
        this.geography = geography;
    }

    @Override
    protected CommuneCommand saved(long id) {
        Commune c = geography.commune(id);
        return new CommuneCommand(c.code(), c.name(), c.kind(), c.validFrom(), String.join("; ", c.formerDistricts()),
                c.version());
    }

    @Override
    protected Form form(CommuneCommand c, Long id) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.text("code", "Mã", c.code(), true));
        fields.add(Field.text("name", "Tên (không kèm chữ \"Xã\", \"Phường\")", c.name(), true));
        fields.add(Field.select("kind", "Loại", c.kind() == null ? null : c.kind().name(), SimplePages.options(CommuneKind.values(), CommuneKind::label), true));
        fields.add(Field.of("date", "validFrom", "Hiệu lực từ ngày", c.validFrom(), true));
        fields.add(Field.text("formerDistricts", "Từ huyện cũ (tên hoặc mã, cách nhau bằng dấu chấm phẩy)", c.formerDistricts(), false));
        return new Form("Xã, phường, đặc khu", id == null ? "/geography/communes" : "/geography/communes/" + id, "/geography", fields, c.version(),
                null, null, "commune", id, List.of()).ownedBy(Unit.OFFICE);
    }
}
