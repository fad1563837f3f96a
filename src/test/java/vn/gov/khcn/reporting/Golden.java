package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.gov.khcn.documents.DocumentRef;

/** Test data: the seed's golden figures as a fake provider would give them, for September 2021 (cut-off 16). */
final class Golden {
    static final ReportPeriod SEPT_2021 = new ReportPeriod(ReportKind.NINE_MONTHS, YearMonth.of(2021, 9), 16);
    static final DocumentRef TTR_1161 = new DocumentRef(9001, "1161/TTr-SKH&CN", LocalDate.of(2021, 9, 8), "Tờ trình số 1161/TTr-SKH&CN ngày 08/9/2021");

    private Golden() {
    }

    /** A value builder: Golden.v(27).by("level", "URGENT_LOCAL", 1, "RURAL_MOUNTAIN", 5, "PROVINCIAL", 21). */
    static final class V {
        Long value;
        final SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        List<String> names = List.of();
        List<DocumentRef> citations = List.of();
        List<RecordRef> records = new ArrayList<>();

        V by(String dim, Object... kv) {
            SortedMap<String, Long> m = by.computeIfAbsent(dim, k -> new TreeMap<>());
            for (int i = 0; i < kv.length; i += 2) {
                m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
            }
            return this;
        }

        V names(String... n) {
            names = List.of(n);
            return this;
        }

        V cites(DocumentRef... d) {
            citations = List.of(d);
            return this;
        }

        V record(RecordRef r) {
            records.add(r);
            return this;
        }

        IndicatorValue build() {
            return new IndicatorValue(value, by, names, citations, records);
        }
    }

    static V v(Long value) {
        V x = new V();
        x.value = value;
        return x;
    }

    static V v(long value) {
        return v(Long.valueOf(value));
    }

    static FigureSet figures(Map<String, V> month, Map<String, V> ytd) {
        Map<String, SortedMap<String, IndicatorValue>> values = new HashMap<>();
        Map<String, String> labels = new TreeMap<>();
        SortedMap<String, IndicatorValue> m = new TreeMap<>();
        month.forEach((k, x) -> {
            m.put(k, x.build());
            labels.put(k, k);
        });
        SortedMap<String, IndicatorValue> y = new TreeMap<>();
        ytd.forEach((k, x) -> {
            y.put(k, x.build());
            labels.put(k, k);
        });
        values.put("month", m);
        values.put("ytd", y);
        return new FigureSet(SEPT_2021.ranges(), values, labels, partLabels(labels.keySet()));
    }

    /** The part labels the providers give: task levels and ratings as the vocabularies hold them, inspection fields as their vocabulary holds them, results from their enum. */
    static Map<String, Map<String, Map<String, String>>> partLabels(java.util.Set<String> codes) {
        Map<String, String> level = new LinkedHashMap<>();
        level.put("NATIONAL", "Cấp quốc gia");
        level.put("URGENT_LOCAL", "Cấp thiết địa phương sử dụng kinh phí cấp quốc gia");
        level.put("RURAL_MOUNTAIN", "Chương trình nông thôn miền núi");
        level.put("PROVINCIAL", "Cấp tỉnh");
        level.put("GRASSROOTS", "Cấp cơ sở");
        level.put("MINISTERIAL", "Cấp bộ");
        Map<String, String> rating = new LinkedHashMap<>();
        rating.put("EXCELLENT", "Xuất sắc");
        rating.put("GOOD", "Khá");
        rating.put("PASSED", "Đạt");
        rating.put("FAILED", "Không đạt");
        Map<String, String> field = new LinkedHashMap<>();
        field.put("MEASUREMENT", "Đo lường");
        field.put("QUALITY", "Chất lượng sản phẩm, hàng hóa");
        field.put("RADIATION", "An toàn bức xạ");
        field.put("IP", "Sở hữu trí tuệ");
        field.put("OTHER", "Khác");
        Map<String, String> result = new LinkedHashMap<>();
        for (vn.gov.khcn.metrology.VerificationResult r : vn.gov.khcn.metrology.VerificationResult.values()) {
            result.put(r.name(), r.label());
        }
        Map<String, Map<String, Map<String, String>>> out = new TreeMap<>();
        for (String code : codes) {
            if (code.startsWith("tasks.")) {
                out.put(code, Map.of("level", level, "rating", rating));
            } else if (code.startsWith("inspection.")) {
                out.put(code, Map.of("field", field));
            } else if (code.equals("metrology.verifications")) {
                out.put(code, Map.of("result", result));
            }
        }
        return out;
    }

    /** The seed's figures for the codes the nine-months template uses. */
    static FigureSet seed() {
        Map<String, V> m = new LinkedHashMap<>();
        Map<String, V> y = new LinkedHashMap<>();
        V drafting = v(4).by("body", "PARTY_COMMITTEE", 1, "PEOPLE_COUNCIL", 1, "PEOPLE_COMMITTEE", 2).by("normative", "true", 3, "false", 1);
        m.put("drafting.inProgress", drafting);
        y.put("drafting.inProgress", drafting);
        V normative = v(3).by("body", "PEOPLE_COUNCIL", 1, "PEOPLE_COMMITTEE", 2);
        m.put("drafting.normativeInProgress", normative);
        y.put("drafting.normativeInProgress", normative);
        m.put("tasks.implementing", v(27).by("level", "URGENT_LOCAL", 1, "RURAL_MOUNTAIN", 5, "PROVINCIAL", 21));
        m.put("tasks.submittedForApproval", v(3).by("level", "PROVINCIAL", 3).cites(TTR_1161));
        m.put("tasks.acceptanceCouncilsFormed", v(2).by("level", "PROVINCIAL", 2));
        m.put("tasks.certified", v(3).by("level", "PROVINCIAL", 3));
        y.put("tasks.certified", v(7).by("level", "PROVINCIAL", 7));
        y.put("tasks.managed", v(34).by("level", "URGENT_LOCAL", 1, "RURAL_MOUNTAIN", 5, "PROVINCIAL", 27, "GRASSROOTS", 1)
                .by("origin", "CARRIED_OVER", 30, "NEW", 4).by("origin/level", "NEW/PROVINCIAL", 3, "NEW/GRASSROOTS", 1));
        y.put("tasks.accepted", v(5).by("rating", "EXCELLENT", 1, "PASSED", 4));
        y.put("tasks.resultsRecognised", v(7).by("level", "PROVINCIAL", 7));
        y.put("tasks.progressChecked", v(12).by("level", "RURAL_MOUNTAIN", 5, "PROVINCIAL", 7));
        y.put("tasks.adjustmentRequested", v(3).by("level", "RURAL_MOUNTAIN", 3));
        y.put("tasks.resultsTransferred", v(10));
        y.put("tasks.resultsRecipients", v(17));
        y.put("tasks.listedNextYear", v(19).by("level", "PROVINCIAL", 11, "GRASSROOTS", 3, "RURAL_MOUNTAIN", 5).by("management", "CENTRAL", 3, "DELEGATED", 2));
        y.put("tasks.appraisedNextYear", v(2).by("level", "RURAL_MOUNTAIN", 2));
        m.put("programme.items", v(3).by("status", "SUBMITTED", 2, "IN_PROGRESS", 1)
                .record(new RecordRef("programme-item", 1, "Kế hoạch triển khai tham gia thúc đẩy cải thiện chỉ số đổi mới sáng tạo quốc gia trên địa bàn tỉnh Cao Bằng", "/programme/1",
                        "Sở KH&CN đã hoàn thiện và trình UBND tỉnh xem xét, ban hành;", List.of(new DocumentRef(9002, "1155/SKH&CN-QL&CN&SHTT", LocalDate.of(2021, 9, 7), "Công văn số 1155/SKH&CN-QL&CN&SHTT ngày 07/9/2021"))))
                .record(new RecordRef("programme-item", 2, "Đánh giá thực trạng các chỉ số năng suất (TFP) tỉnh Cao Bằng giai đoạn 2016-2020", "/programme/2",
                        "Đã có Báo cáo giải trình gửi UBND tỉnh;", List.of(new DocumentRef(9003, "1118/SKH&CN-QL&CN&SHTT", LocalDate.of(2021, 8, 27), "Báo cáo số 1118/SKH&CN-QL&CN&SHTT ngày 27/8/2021"))))
                .record(new RecordRef("programme-item", 3, "Kế hoạch thực hiện Chiến lược SHTT tỉnh Cao Bằng giai đoạn 2020-2025", "/programme/3",
                        "Sở KH&CN đang trong quá trình chỉnh sửa, hoàn thiện dự thảo Kế hoạch.", List.of())));
        y.put("technology.appraisals", v(5));
        y.put("ip.supportCases", v(6));
        y.put("ip.supportOrganisations", v(6));
        y.put("ip.programmeProposals", v(1).record(new RecordRef("ip-proposal", 1, "Dự án khai thác sáng chế: Chế tạo hệ thống xử lý rác theo Bằng độc quyền sáng chế Số 24032", "/ip/1")));
        m.put("initiatives.rounds", v(1).names("đợt 2"));
        y.put("initiatives.rounds", v(2).names("đợt 1", "đợt 2"));
        y.put("radiation.dossiersResolved", v(14));
        y.put("radiation.inspectedDistricts", v(6).names("Hòa An", "Thạch An", "Hạ Lang", "Nguyên Bình", "Bảo Lạc", "Bảo Lâm"));
        y.put("inspection.campaigns", v(5).by("field", "MEASUREMENT", 3, "RADIATION", 2).names("đo lường", "an toàn bức xạ"));
        y.put("inspection.facilities", v(11).by("field", "MEASUREMENT", 7, "RADIATION", 4));
        // figures the seed does not print: the demo's records give none (its inspections are thanh tra, no instrument counted,
        // no mark dated, no result recorded as applied)
        y.put("inspection.checks", v(0));
        y.put("inspection.instrumentsChecked", v(0));
        y.put("inspection.allFacilities", v(11));
        y.put("ip.marksBuilt", v(0));
        y.put("tasks.resultsApplied", v(0));
        y.put("quality.surveyedFacilities", v(41).names("Hòa An", "Thạch An", "Trùng Khánh", "Quảng Hòa", "Bảo Lạc", "TP Cao Bằng"));
        m.put("iso.agenciesChecked", v(11));
        y.put("iso.agenciesChecked", v(16));
        m.put("iso.agenciesPlanned", v(16));
        y.put("iso.agenciesPlanned", v(16));
        m.put("quality.awardDossiers", v(1));
        y.put("quality.awardDossiers", v(1));
        m.put("tdc.businessesGuided", v(4));
        y.put("tdc.businessesGuided", v(9));
        y.put("metrology.verifications", v(1755).by("result", "PASS", 1740, "FAIL", 15)
                .names("Cân phân tích", "Cân kỹ thuật", "Huyết áp kế", "Taximet", "Đồng hồ nước"));
        y.put("centre.produced", v((Long) null).by("product", "Trà giảo cổ lam (hộp)", 8079, "Sản phẩm nghệ (nghệ đen, nghệ vàng, tinh bột nghệ) (lọ)", 870));
        y.put("centre.sold", v((Long) null).by("product", "Trà giảo cổ lam (hộp)", 6102, "Sản phẩm nghệ (nghệ đen, nghệ vàng, tinh bột nghệ) (lọ)", 530));
        y.put("centre.trainings", v(2).names("Đức Long (Thạch An)", "Hồng Việt (Hòa An)"));
        y.put("centre.geneSources", v(17));
        y.put("centre.xrayMachinesVerified", v(2));
        y.put("centre.xrayRoomsChecked", v(7).names("Trung tâm Y tế huyện Hòa An", "Trung tâm Y tế huyện Hà Quảng"));
        m.put("outreach.newsPosts", v(35));
        y.put("outreach.newsPosts", v(219));
        m.put("outreach.broadcasts", v(1).names("Đài Phát thanh và Truyền hình tỉnh"));
        y.put("outreach.broadcasts", v(8).names("Đài Phát thanh và Truyền hình tỉnh"));
        m.put("outreach.bulletinCopies", v(0));
        y.put("outreach.bulletinCopies", v(1000).names("1, 2/2021"));
        m.put("investment.projectsActive", v(2));
        y.put("investment.projectsActive", v(2));
        return figures(m, y);
    }

    static DepartmentSettings caoBang() {
        return new DepartmentSettings(16, "Cao Bằng", "UBND TỈNH CAO BẰNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "khcncaobang.gov.vn",
                "Bế Đăng Khoa", "GIÁM ĐỐC", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ (KH&CN)",
                "VP UBND tỉnh\nSở KH&ĐT", "BC-SKH&CN", "Cao Bằng", 0);
    }

    static Report draft() {
        return new Report(0, ReportKind.NINE_MONTHS, YearMonth.of(2021, 9), 16, ReportStatus.DRAFT, null, null, "BC-SKH&CN",
                LocalDate.of(2021, 9, 17), "Cao Bằng", "Bế Đăng Khoa", "GIÁM ĐỐC", "VP UBND tỉnh\nSở KH&ĐT", "test", 0);
    }
}
