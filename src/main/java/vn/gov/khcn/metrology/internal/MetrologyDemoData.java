package vn.gov.khcn.metrology.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.khcn.metrology.VerificationCommand;
import vn.gov.khcn.metrology.VerificationKind;
import vn.gov.khcn.metrology.VerificationResult;
import vn.gov.khcn.metrology.Verifications;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DemoDataContributor;

/**
 * The Cao Bằng 2021 verification log: 1,755 verifications from 17/12/2020 to 16/09/2021 (1,740 pass,
 * 15 fail) over five instrument types, owned by 40 organisations of the province's ten districts, and
 * 150 older verifications (2019–2020), some re-verified in 2021, so that the due list has content.
 * Deterministic: a fixed seed.
 */
@org.springframework.core.annotation.Order(200)
@Component
record MetrologyDemoData(Verifications verifications, Organisations organisations) implements DemoDataContributor {
    static final String[] DISTRICTS = {"Thành phố Cao Bằng", "Hòa An", "Hà Quảng", "Trùng Khánh", "Quảng Hòa", "Hạ Lang",
            "Thạch An", "Nguyên Bình", "Bảo Lạc", "Bảo Lâm"};
    /** Counts per type in the year to date; in the footnote's order, which is also the order of count. */
    static final String[] TYPES = {"CAN_PHAN_TICH", "CAN_KY_THUAT", "HUYET_AP_KE", "TAXIMET", "DONG_HO_NUOC"};
    static final int[] COUNTS = {520, 430, 365, 250, 190};
    static final int FAILS = 15;
    private static final LocalDate YTD_START = LocalDate.of(2020, 12, 17);
    private static final int YTD_DAYS = 274; // 17/12/2020 .. 16/09/2021
    private static final String[] PREFIX = {"CPT", "CKT", "HAK", "TAX", "DHN"};
    private static final String[] STAFF = {"Nông Văn Hùng (demo)", "Lục Thị Mai (demo)", "Hoàng Đức Thành (demo)"};

    @Override
    public void load() {
        Random rnd = new Random(20210916L);
        long[] health = new long[DISTRICTS.length];
        long[] market = new long[DISTRICTS.length];
        long[] transport = new long[DISTRICTS.length];
        long[] trade = new long[DISTRICTS.length];
        for (int i = 0; i < DISTRICTS.length; i++) {
            String d = DISTRICTS[i];
            String place = i == 0 ? "thành phố Cao Bằng" : "huyện " + d;
            health[i] = organisations.findOrCreate("Trung tâm Y tế " + place, OrganisationKind.HEALTH_FACILITY, d).id();
            market[i] = organisations.findOrCreate("Ban Quản lý chợ trung tâm " + place, OrganisationKind.PUBLIC_UNIT, d).id();
            transport[i] = organisations.findOrCreate("Hợp tác xã vận tải " + d, OrganisationKind.COOPERATIVE, d).id();
            trade[i] = organisations.findOrCreate("Công ty TNHH Thương mại tổng hợp " + d, OrganisationKind.ENTERPRISE, d).id();
        }
        List<VerificationCommand> all = new ArrayList<>();
        // Older verifications (2019 – 16/12/2020): 30 per type; the first 12 of each are re-verified in 2021.
        List<String> reverify = new ArrayList<>();
        for (int t = 0; t < TYPES.length; t++) {
            for (int k = 0; k < 30; k++) {
                String serial = PREFIX[t] + "-19-" + String.format("%04d", k + 1);
                LocalDate d = LocalDate.of(2019, 3, 1).plusDays(rnd.nextInt(640));
                int district = rnd.nextInt(DISTRICTS.length);
                all.add(VerificationCommand.of(TYPES[t], serial, owner(t, district, rnd, health, market, transport, trade), d,
                        VerificationKind.INITIAL, VerificationResult.PASS, "TĐ-" + d.getYear() + "-" + serial,
                        STAFF[rnd.nextInt(STAFF.length)]));
                if (k < 12) {
                    reverify.add(serial);
                }
            }
        }
        // The year to date: a shuffled sequence of types with the counts above; 15 of them fail.
        List<Integer> typeSeq = new ArrayList<>();
        for (int t = 0; t < TYPES.length; t++) {
            for (int k = 0; k < COUNTS[t]; k++) {
                typeSeq.add(t);
            }
        }
        Collections.shuffle(typeSeq, rnd);
        Set<Integer> failing = new HashSet<>();
        while (failing.size() < FAILS) {
            failing.add(rnd.nextInt(typeSeq.size()));
        }
        int[] seq = new int[TYPES.length];
        int[] reused = new int[TYPES.length];
        for (int i = 0; i < typeSeq.size(); i++) {
            int t = typeSeq.get(i);
            LocalDate d = YTD_START.plusDays(rnd.nextInt(YTD_DAYS));
            int district = rnd.nextInt(DISTRICTS.length);
            String serial;
            VerificationKind kind;
            if (reused[t] < 12) {
                serial = reverify.get(t * 12 + reused[t]++);
                kind = VerificationKind.PERIODIC;
            } else {
                serial = PREFIX[t] + "-21-" + String.format("%04d", ++seq[t]);
                int k = rnd.nextInt(10);
                kind = k < 6 ? VerificationKind.PERIODIC : k < 9 ? VerificationKind.INITIAL : VerificationKind.AFTER_REPAIR;
            }
            VerificationResult r = failing.contains(i) ? VerificationResult.FAIL : VerificationResult.PASS;
            all.add(VerificationCommand.of(TYPES[t], serial, owner(t, district, rnd, health, market, transport, trade), d, kind, r,
                    r == VerificationResult.PASS ? "TĐ-2021-" + String.format("%05d", i + 1) : null,
                    STAFF[rnd.nextInt(STAFF.length)]));
        }
        verifications.recordAll(all);
    }

    private static long owner(int type, int district, Random rnd, long[] health, long[] market, long[] transport, long[] trade) {
        return switch (TYPES[type]) {
            case "HUYET_AP_KE" -> health[district];
            case "TAXIMET" -> transport[district];
            case "DONG_HO_NUOC" -> trade[district];
            default -> rnd.nextBoolean() ? market[district] : (rnd.nextBoolean() ? health[district] : trade[district]);
        };
    }
}
