package vn.gov.khcn.organisations;

import java.util.List;

/** The districts of Cao Bằng province (after the 2020 merger), offered as a drop-down in templates. */
public final class Districts {
    public static final List<String> CAO_BANG = List.of("Thành phố Cao Bằng", "Bảo Lạc", "Bảo Lâm", "Hà Quảng", "Hạ Lang", "Hòa An",
            "Nguyên Bình", "Quảng Hòa", "Thạch An", "Trùng Khánh");

    private Districts() {
    }
}
