package vn.gov.khcn.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Bình Lam's year report of 2025 and monthly report of November 2025 must say, however they were made (the command
 * line or the report pages): its header, every figure and every breakdown part its records have, and no word of the
 * Cao Bằng demo. {@code profileJson} is the department profile exported after the set-up (its org chart).
 */
record BinhLamReports(String yearJson, String yearDocx, String monthJson, String monthDocx, String profileJson) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The text of a DOCX report, its footnotes after it (each marked "[chú thích]"). */
    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            StringBuilder all = new StringBuilder(text.getText());
            for (XWPFFootnote n : doc.getFootnotes()) {
                n.getParagraphs().forEach(p -> all.append("\n[chú thích] ").append(p.getText()));
            }
            return all.toString();
        }
    }

    /** Every check below. */
    void all() {
        theHeaderIsTheDepartmentsOwn();
        thePeriodsRunFromTheFifteenthToTheFourteenth();
        theYearsFiguresAndEveryPartOfTheirBreakdowns();
        theMonthsFiguresCouncilsAcceptancesMetrologyInspectionRadiationAndIp();
        theRadiationInspectionsAreBrokenDownByCommuneNotByDistrict();
        itsOwnUnitKeepsTheOutreachRegisterAndTheReportCountsItsRecords();
        theDemoWordsAreNowhere();
    }

    void theHeaderIsTheDepartmentsOwn() {
        for (String docx : List.of(yearDocx, monthDocx)) {
            assertThat(docx).contains("UBND TỈNH BÌNH LAM\tSỞ KHOA HỌC VÀ CÔNG NGHỆ").contains("Số:      /BC-SKHCN")
                    .contains("Nơi nhận:\t- UBND tỉnh Bình Lam;\t- Bộ Khoa học và Công nghệ;\t- Lưu: VT, VP.")
                    .contains("KT. GIÁM ĐỐC\tPHÓ GIÁM ĐỐC").contains("Đinh Thị Mai Lan")
                    .contains("Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ tỉnh Bình Lam báo cáo kết quả hoạt động");
        }
        // dated the day after the cut-off (14) of the report's month
        assertThat(yearDocx).contains("Phú Lam, ngày 15 tháng 12 năm 2025")
                .contains("Kết quả hoạt động khoa học và công nghệ năm 2025 và phương hướng, nhiệm vụ năm 2026");
        assertThat(monthDocx).contains("Phú Lam, ngày 15 tháng 11 năm 2025")
                .contains("Kết quả hoạt động khoa học và công nghệ tháng 11 năm 2025 và nhiệm vụ công tác trọng tâm tháng 12");
    }

    void thePeriodsRunFromTheFifteenthToTheFourteenth() {
        JsonNode year = JSON.readTree(yearJson).path("periods");
        assertThat(year.path("ytd").path("start").asString()).isEqualTo("2024-12-15");
        assertThat(year.path("ytd").path("end").asString()).isEqualTo("2025-12-14");
        assertThat(year.path("month").path("start").asString()).isEqualTo("2025-11-15");
        assertThat(year.path("month").path("end").asString()).isEqualTo("2025-12-14");
        JsonNode month = JSON.readTree(monthJson).path("periods");
        assertThat(month.size()).as("a monthly report holds only its month").isEqualTo(1);
        assertThat(month.has("ytd")).isFalse();
        assertThat(month.path("month").path("start").asString()).isEqualTo("2025-10-15");
        assertThat(month.path("month").path("end").asString()).isEqualTo("2025-11-14");
        assertThat(yearDocx).contains("kết quả đạt được tính từ ngày 15/11/2025 đến 14/12/2025 như sau:");
        assertThat(monthDocx).contains("kết quả đạt được tính từ ngày 15/10/2025 đến 14/11/2025 như sau:");
        for (String report : List.of(yearJson, monthJson)) {
            assertThat(JSON.readTree(report).path("checks")).allMatch(c -> c.path("ok").asBoolean(), "every check passes");
        }
    }

    void theYearsFiguresAndEveryPartOfTheirBreakdowns() {
        JsonNode y = JSON.readTree(yearJson).path("periods").path("ytd").path("indicators");
        assertThat(y.path("tasks.managed").path("value").asLong()).isEqualTo(7);
        assertThat(y.path("tasks.managed").path("by").path("level").toString())
                .isEqualTo("{\"GRASSROOTS\":1,\"HOP_TAC_QT\":1,\"MINISTERIAL\":2,\"NATIONAL\":1,\"PROVINCIAL\":2}");
        assertThat(y.path("tasks.accepted").path("by").toString())
                .isEqualTo("{\"level\":{\"MINISTERIAL\":2,\"NATIONAL\":1,\"PROVINCIAL\":1},\"rating\":{\"EXCELLENT\":1,\"GOOD\":2,\"PASSED\":1}}");
        assertThat(y.path("tasks.councilsHeld").path("by").path("kind").toString()).isEqualTo("{\"ACCEPTANCE\":4,\"SELECTION\":1}");
        assertThat(y.path("metrology.verifications").path("by").path("type").path("CONG_TO_DIEN").asLong()).isEqualTo(3);
        assertThat(y.path("inspection.campaigns").path("by").path("field").toString()).isEqualTo("{\"BUU_CHINH_VIEN_THONG\":1,\"MEASUREMENT\":2}");
        // the thanh tra and the kiểm tra by kind, their facilities by commune (placed from its first day, 1/7/2025), the instruments
        assertThat(y.path("inspection.all").path("by").path("kind").toString()).isEqualTo("{\"CHECK\":1,\"INSPECTION\":3}");
        assertThat(y.path("inspection.allFacilities").path("by").path("commune").toString()).isEqualTo("{\"BL003\":1,\"NONE\":2}");
        assertThat(y.path("inspection.instrumentsChecked").path("value").asLong()).isEqualTo(4);
        assertThat(y.path("ip.marksBuilt").path("by").path("kind").toString()).isEqualTo("{\"COLLECTIVE_MARK\":1}");
        assertThat(y.path("tasks.resultsApplied").path("by").path("level").toString()).isEqualTo("{\"NATIONAL\":1}");

        // the tasks: carried over and new ones of every level, the levels of the department's own list by their labels
        assertThat(yearDocx).contains("Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với 07 nhiệm vụ KH&CN đang được triển khai thực hiện "
                + "trên địa bàn tỉnh (03 nhiệm vụ chuyển tiếp, 01 nhiệm vụ cấp tỉnh bắt đầu thực hiện từ năm 2025, 01 nhiệm vụ cấp cơ sở bắt đầu "
                + "thực hiện từ năm 2025, 01 nhiệm vụ cấp bộ và 01 nhiệm vụ hợp tác quốc tế bắt đầu thực hiện từ năm 2025), cụ thể: "
                + "01 nhiệm vụ cấp quốc gia, 02 nhiệm vụ cấp bộ và 01 nhiệm vụ hợp tác quốc tế; 02 dự án, đề tài cấp tỉnh");
        assertThat(yearDocx).contains("; 01 dự án cấp cơ sở.");
        // the acceptances: ministerial and national ones are not tallied under the provincial tasks
        assertThat(yearDocx).contains("Tổ chức Hội đồng nghiệm thu đối với 04 nhiệm vụ (01 nhiệm vụ cấp quốc gia, 01 nhiệm vụ cấp tỉnh và "
                + "02 nhiệm vụ cấp bộ), trong đó có 01 nhiệm vụ xếp loại xuất sắc, 02 nhiệm vụ xếp loại khá, 01 nhiệm vụ xếp loại đạt.");
        assertThat(yearDocx).doesNotContain("(trong đó, có");
        // the month part of the year report: the tasks in hand at its end, no council, no acceptance
        assertThat(yearDocx).contains("Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với 07 nhiệm vụ KH&CN đang được triển khai thực hiện "
                + "trên địa bàn tỉnh gồm có: 01 nhiệm vụ cấp quốc gia, 01 nhiệm vụ cấp cơ sở, 02 nhiệm vụ cấp bộ, 01 nhiệm vụ hợp tác quốc tế, "
                + "02 dự án, đề tài cấp tỉnh đang được triển khai thực hiện trên địa bàn tỉnh; ").doesNotContain("thành lập 00");
        // technology, IP, radiation, inspection, metrology, outreach
        assertThat(yearDocx).contains("Tư vấn, hướng dẫn cho 02 tổ chức, cá nhân thủ tục đề nghị hỗ trợ kinh phí đăng ký quyền sở hữu công nghiệp;")
                .doesNotContain("Chương trình phát triển tài sản trí tuệ")
                .contains("đã tiến hành xem xét giải quyết 02 hồ sơ trong lĩnh vực an toàn bức xạ, hạt nhân;")
                .contains("Tổ chức 03 cuộc thanh tra chuyên ngành (02 cuộc về đo lường, 01 cuộc về bưu chính, viễn thông) đối với 03 cơ sở; "
                        + "Tổ chức 01 cuộc kiểm tra nhà nước (01 cuộc về chất lượng sản phẩm, hàng hóa) tại 01 cơ sở sản xuất, kinh doanh trên địa bàn "
                        + "tỉnh; Kiểm tra 04 phương tiện đo tại các cơ sở được thanh tra, kiểm tra; Địa bàn các cơ sở được thanh tra, kiểm tra: "
                        + "01 cơ sở tại xã Lam Giang;")
                .contains("hoàn thành xây dựng 01 nhãn hiệu tập thể cho sản phẩm đặc sản của địa phương (Chè Lam Giang);")
                .contains("- Kết quả của 01 nhiệm vụ KH&CN (01 nhiệm vụ cấp quốc gia) được ứng dụng vào sản xuất, đời sống.")
                .contains("Kiểm định, hiệu chuẩn được 05 PTĐ, trong đó 04 PTĐ đạt, 01 PTĐ không đạt, gồm công tơ điện, cột đo khí dầu mỏ hóa lỏng...;")
                .contains("Cập nhật được 02 tin, bài lên trang thông tin điện tử skhcn.binhlam.gov.vn; thực hiện 01 chuyên mục KH&CN và đời sống "
                        + "phát trên sóng của Báo và Phát thanh, Truyền hình Bình Lam;");
        // zero figures are left out or worded
        assertThat(yearDocx).contains("- Chưa có dự thảo văn bản đang tham mưu xây dựng.").doesNotContain("xuất bản tài liệu")
                .doesNotContain("sản xuất …").doesNotContain("máy X-quang").doesNotContain("lớp hướng dẫn kỹ thuật");
        assertThat(yearDocx).doesNotContainPattern("(?<![0-9.])00(?![0-9])");
    }

    void theMonthsFiguresCouncilsAcceptancesMetrologyInspectionRadiationAndIp() {
        JsonNode m = JSON.readTree(monthJson).path("periods").path("month").path("indicators");
        assertThat(m.path("tasks.councilsHeld").path("value").asLong()).isEqualTo(2);
        assertThat(m.path("tasks.accepted").path("by").path("rating").toString()).isEqualTo("{\"EXCELLENT\":1,\"GOOD\":1}");
        assertThat(m.path("metrology.verifications").path("by").path("result").toString()).isEqualTo("{\"FAIL\":1,\"PASS\":2}");
        assertThat(monthDocx).contains("Duy trì quản lý, theo dõi và đôn đốc thực hiện đối với 07 nhiệm vụ KH&CN đang được triển khai thực hiện "
                + "trên địa bàn tỉnh gồm có: 01 nhiệm vụ cấp quốc gia, 01 nhiệm vụ cấp cơ sở, 02 nhiệm vụ cấp bộ, 01 nhiệm vụ hợp tác quốc tế, "
                + "02 dự án, đề tài cấp tỉnh đang được triển khai thực hiện trên địa bàn tỉnh, trong đó đã tham mưu thành lập 02 Hội đồng nghiệm thu (");
        assertThat(monthDocx).contains("- Về công tác đánh giá, nghiệm thu nhiệm vụ KH&CN trong tháng: tổ chức họp 02 hội đồng (02 hội đồng nghiệm thu); "
                + "02 nhiệm vụ được hội đồng nghiệm thu đánh giá (02 nhiệm vụ cấp bộ), trong đó có 01 nhiệm vụ xếp loại xuất sắc, "
                + "01 nhiệm vụ xếp loại khá.");
        assertThat(monthDocx).contains("- Về công tác đo lường, thanh tra, kiểm tra, an toàn bức xạ và sở hữu trí tuệ trong tháng: kiểm định, hiệu chuẩn "
                + "được 03 PTĐ (02 PTĐ đạt, 01 PTĐ không đạt); tổ chức 01 cuộc thanh tra chuyên ngành (01 cuộc về đo lường) đối với 01 cơ sở; "
                + "xem xét giải quyết 01 hồ sơ trong lĩnh vực an toàn bức xạ, hạt nhân; tư vấn, hướng dẫn cho 02 tổ chức, cá nhân (02 lượt) "
                + "thủ tục đề nghị hỗ trợ kinh phí đăng ký quyền sở hữu công nghiệp.");
        // a month without broadcasts: the footnote has the news posts only, no "00 chuyên mục"
        assertThat(monthDocx).contains("Cập nhật được 01 tin, bài lên trang thông tin điện tử skhcn.binhlam.gov.vn; [Chưa viết: month-outreach")
                .doesNotContain("chuyên mục KH&CN và đời sống");
        assertThat(monthDocx).doesNotContainPattern("(?<![0-9.])00(?![0-9])");
        // a monthly report has no year-to-date section
        assertThat(monthDocx).doesNotContain("II. KẾT QUẢ HOẠT ĐỘNG").contains("II. NHIỆM VỤ KH&CN TRỌNG TÂM THÁNG 12");
    }

    void theRadiationInspectionsAreBrokenDownByCommuneNotByDistrict() {
        // facilities placed by their commune only: the communes in order of first inspection, each with its kind
        JsonNode ytd = JSON.readTree(yearJson).path("periods").path("ytd").path("indicators");
        // the inspected facilities' communes (đặc khu Hòn Lam, phường Lam Sơn), by the former district each came from
        assertThat(ytd.path("radiation.inspectedCommunes").path("value").asLong()).isEqualTo(2);
        assertThat(ytd.path("radiation.inspectedCommunes").path("by").toString())
                .isEqualTo("{\"formerDistrict\":{\"Hòn Lam\":1,\"Thành phố Phú Lam\":1}}");
        assertThat(ytd.path("radiation.inspectedDistricts").path("value").asLong()).isZero();
        JsonNode month = JSON.readTree(monthJson).path("periods").path("month").path("indicators");
        assertThat(month.path("radiation.inspectedCommunes").path("value").asLong()).isEqualTo(1);
        JsonNode yearsMonth = JSON.readTree(yearJson).path("periods").path("month").path("indicators");
        assertThat(yearsMonth.path("radiation.inspectedCommunes").path("by").toString()).isEqualTo("{\"formerDistrict\":{\"Hòn Lam\":1}}");
        // reports of the two-level government's time name no district
        for (String docx : List.of(yearDocx, monthDocx)) {
            assertThat(docx.toLowerCase(java.util.Locale.ROOT)).doesNotContain("huyện");
        }
    }

    void itsOwnUnitKeepsTheOutreachRegisterAndTheReportCountsItsRecords() {
        JsonNode digital = null;
        for (JsonNode u : JSON.readTree(profileJson).path("parts").path("units")) {
            if (u.path("code").asString().equals("DIGITAL")) {
                digital = u;
            }
        }
        assertThat(digital).as(profileJson).isNotNull();
        assertThat(digital.path("name").asString()).isEqualTo("Phòng Chuyển đổi số");
        assertThat(digital.path("retired").asBoolean()).isFalse();
        assertThat(digital.path("registers").toString()).isEqualTo("[\"outreach\"]");
        // the outreach records the new unit keeps (imported after it took the register) are the report's figures
        JsonNode ytd = JSON.readTree(yearJson).path("periods").path("ytd").path("indicators");
        assertThat(ytd.path("outreach.newsPosts").path("value").asLong()).isEqualTo(2);
        assertThat(yearDocx).contains("Cập nhật được 02 tin, bài lên trang thông tin điện tử skhcn.binhlam.gov.vn;");
    }

    void theDemoWordsAreNowhere() {
        for (String w : BinhLam.DEMO_WORDS) {
            assertThat(yearDocx).as("year DOCX: " + w).doesNotContain(w);
            assertThat(yearJson).as("year JSON: " + w).doesNotContain(w);
            assertThat(monthDocx).as("month DOCX: " + w).doesNotContain(w);
            assertThat(monthJson).as("month JSON: " + w).doesNotContain(w);
        }
    }
}
