package vn.gov.khcn.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.testing.OnH2;

/** The signature check page, for any signed-in user; and, with signing not configured, the notice to the administrator. */
@OnH2
class SignaturePagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    Reports reports;

    private String upload(String username, byte[] pdf) throws Exception {
        return mvc.perform(multipart("/signatures/verify").file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", pdf))
                        .with(csrf()).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aViewerUploadsASignedPdfAndReadsWhoSignedAndThatItIsUnchanged() throws Exception {
        TestCertificates certs = TestCertificates.create();
        byte[] signed = certs.signedSample(Clock.systemUTC());
        String page = upload("xem", signed);
        assertThat(page).contains("Chữ ký số hợp lệ.", "Chữ ký 1: HỢP LỆ", "Người ký: " + TestCertificates.SIGNER,
                "Tài liệu không bị thay đổi sau khi ký", "không kiểm tra được chuỗi tin cậy");
        signed[10] ^= 0x01;
        assertThat(upload("xem", signed)).contains("KHÔNG hợp lệ", "ĐÃ BỊ THAY ĐỔI sau khi ký");
    }

    @Test
    void anUnsignedPdfOrNoFileIsSaidSo() throws Exception {
        assertThat(upload("giamdoc", TestCertificates.smallPdf())).contains("Tệp PDF này không có chữ ký số.");
        String none = mvc.perform(multipart("/signatures/verify").with(csrf()).with(user(users.loadUserByUsername("giamdoc"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("Cần chọn một tệp PDF");
        assertThat(mvc.perform(get("/signatures/verify").with(user(users.loadUserByUsername("xem")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Kiểm tra chữ ký số của tệp PDF");
    }

    @Test
    void withoutASigningKeyTheReportPageTellsTheAdministrator() throws Exception {
        long id = reports.search(2021, null, null).get(0).id();
        String admin = mvc.perform(get("/reports/" + id).with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("Chưa cấu hình chữ ký số");
        String office = mvc.perform(get("/reports/" + id).with(user(users.loadUserByUsername("vanphong")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(office).doesNotContain("Chưa cấu hình chữ ký số");
    }
}
