package vn.gov.khcn.geography.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.khcn.geography.CommuneCommand;
import vn.gov.khcn.geography.CommuneKind;
import vn.gov.khcn.geography.DistrictCommand;
import vn.gov.khcn.geography.Geography;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * Cao Bằng's geography for the demo: its ten districts of 2021 (after the 2020 merger; the statistics office's codes),
 * valid until 30/6/2025, and some of the communes of 1/7/2025 with the districts they came from. The commune codes are
 * the demo's own, not the national ones. Loaded first: the other areas' demo organisations name these districts.
 */
@Component
@org.springframework.core.annotation.Order(50)
record GeographyDemoData(Geography geography) implements DemoDataContributor {
    static final LocalDate DISTRICTS_END = LocalDate.of(2025, 6, 30);
    static final LocalDate COMMUNES_START = LocalDate.of(2025, 7, 1);
    static final String[][] DISTRICTS = {{"040", "Thành phố Cao Bằng"}, {"042", "Bảo Lâm"}, {"043", "Bảo Lạc"}, {"045", "Hà Quảng"},
            {"047", "Trùng Khánh"}, {"048", "Hạ Lang"}, {"049", "Quảng Hòa"}, {"051", "Hòa An"}, {"052", "Nguyên Bình"}, {"053", "Thạch An"}};
    /** Code, name, kind, former districts. */
    static final String[][] COMMUNES = {{"CB01", "Thục Phán", "WARD", "040"}, {"CB02", "Nùng Trí Cao", "WARD", "040"},
            {"CB03", "Tân Giang", "WARD", "040; 051"}, {"CB10", "Hòa An", "COMMUNE", "051"}, {"CB20", "Nguyên Bình", "COMMUNE", "052"},
            {"CB30", "Bảo Lạc", "COMMUNE", "043"}, {"CB40", "Trùng Khánh", "COMMUNE", "047"}, {"CB50", "Đông Khê", "COMMUNE", "053"},
            {"CB60", "Quảng Uyên", "COMMUNE", "049"}, {"CB70", "Hạ Lang", "COMMUNE", "048"}};

    @Override
    public void load() {
        for (String[] d : DISTRICTS) {
            if (geography.findDistrict(d[0]).isEmpty()) {
                geography.recordDistrict(DistrictCommand.of(d[0], d[1], DISTRICTS_END));
            }
        }
        for (String[] c : COMMUNES) {
            if (geography.findCommune(c[0]).isEmpty()) {
                geography.recordCommune(CommuneCommand.of(c[0], c[1], CommuneKind.valueOf(c[2]), COMMUNES_START, c[3]));
            }
        }
    }
}
