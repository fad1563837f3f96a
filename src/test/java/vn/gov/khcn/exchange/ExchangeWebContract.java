package vn.gov.khcn.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;

/** The exchange page: templates, upload with its result or error list, exports with the list page's filters. */
abstract class ExchangeWebContract {
    @Autowired
    MockMvc mvc;
    @Autowired
    Organisations organisations;

    /** The session cookie of the sign-in: sessions are kept by Spring Session, found by their cookie as in a browser. */
    private jakarta.servlet.http.Cookie session;

    /** Signs in through the login form, as a browser does. */
    jakarta.servlet.http.Cookie login(String user) throws Exception {
        session = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/login").param("username", user).param("password", "demo").with(csrf())
                        .with(r -> {
                            r.setRemoteAddr("10.50." + (user.length()) + ".7");
                            return r;
                        }))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        return session;
    }

    /** A GET in the signed-in session. */
    org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder get(String url) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).cookie(session);
    }

    org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder multipart(String url) {
        var b = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url);
        b.cookie(session);
        return b;
    }

    String tag() {
        return getClass().getSimpleName().contains("H2") ? "H" : "P";
    }

    @Test
    void thePageOffersATemplatePerRegisterAndTheTemplateHasNotesAndLists() throws Exception {
        login("vanphong");
        String html = mvc.perform(get("/exchange")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/exchange/templates/organisations.xlsx").contains("/exchange/templates/documents.xlsx");
        byte[] xlsx = mvc.perform(get("/exchange/templates/documents.xlsx")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("mau-documents.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("Van ban").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số, ký hiệu");
            assertThat(wb.getSheet("Huong dan").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Ngày ban hành");
            assertThat(wb.getSheet("Van ban").getDataValidations()).hasSize(1);
            assertThat(wb.getSheet("Danh muc").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Quyết định");
        }
    }

    @Test
    void anUploadShowsItsResultAndABadUploadItsErrors() throws Exception {
        login("vanphong");
        String csv = "Tên tổ chức,Loại tổ chức,Huyện/thành phố,Xã/phường/thị trấn,Mã số thuế,Xã/phường/đặc khu\n"
                + "Trạm Khuyến Nông Web " + tag() + ",Đơn vị sự nghiệp,Bảo Lạc,,\n";
        MvcResult r = mvc.perform(multipart("/exchange/import").file(new MockMultipartFile("file", "tram.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).param("register", "organisations").with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/exchange/imports/");
        String page = awaitDone(location);
        assertThat(page).contains("Đã nhập").contains("tram.csv");
        assertThat(organisations.findByName("Trạm Khuyến Nông Web " + tag())).isPresent();

        String bad = "Tên tổ chức,Loại tổ chức,Huyện/thành phố,Xã/phường/thị trấn,Mã số thuế,Xã/phường/đặc khu\nTrạm Lỗi " + tag() + ",Trạm,,,\n";
        String loc2 = mvc.perform(multipart("/exchange/import").file(new MockMultipartFile("file", "loi.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String errors = awaitDone(loc2);
        assertThat(errors).contains("Không nhập (có lỗi)").contains("dòng 2, cột B (Loại tổ chức)").contains("&quot;Trạm&quot;");
        assertThat(organisations.findByName("Trạm Lỗi " + tag())).isEmpty();
        String history = mvc.perform(get("/exchange")).andReturn().getResponse().getContentAsString();
        assertThat(history).contains("tram.csv").contains("loi.csv");
    }

    /** The upload waits for a small import; the result page is final once it no longer refreshes itself. */
    private String awaitDone(String location) throws Exception {
        String page = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (int i = 0; i < 50 && page.contains("data-refresh"); i++) {
            page = mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
        }
        assertThat(page).doesNotContain("data-refresh");
        return page;
    }

    @Test
    void exportsFollowTheListPageFiltersInXlsxAndCsv() throws Exception {
        login("vanphong");
        for (int i = 1; i <= 3; i++) {
            var cmd = new OrganisationCommand("Cơ sở Xuất Khẩu " + tag() + i, OrganisationKind.HOUSEHOLD, "Hạ Lang", null, null, null);
            vn.gov.khcn.identity.CurrentUser.runAsSystem(() -> organisations.record(cmd));
        }
        String q = "co so xuat khau " + tag().toLowerCase();
        byte[] csv = mvc.perform(get("/exchange/export/organisations.csv").param("q", q).param("kind", "HOUSEHOLD"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTên tổ chức,Loại tổ chức");
        assertThat(text.lines().count()).isEqualTo(4);
        assertThat(text).contains("Cơ sở Xuất Khẩu " + tag() + "2,\"Hộ kinh doanh, cá nhân\",Hạ Lang");

        byte[] xlsx = mvc.perform(get("/exchange/export/organisations.xlsx").param("q", q).param("kind", "ENTERPRISE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(1); // only the headings: none of them is an enterprise
        }
        byte[] all = mvc.perform(get("/exchange/export/organisations.xlsx").param("q", q)).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(all))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Cơ sở Xuất Khẩu " + tag() + "1");
        }
    }

    @Test
    void aViewerMayExportButNotImport() throws Exception {
        login("xem");
        mvc.perform(get("/exchange/export/documents.csv")).andExpect(status().isOk());
        mvc.perform(multipart("/exchange/import").file(new MockMultipartFile("file", "x.csv", "text/csv", "a".getBytes())).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
