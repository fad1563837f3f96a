package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.testing.DatabaseInitializers;
import vn.gov.khcn.testing.IssuedSeptemberReport;

/**
 * The demo's September 2021 report, issued, is the department's next outgoing document of 2021: its documents of the
 * year run to 1161/TTr-SKH&CN of 08/09/2021, so the report is 1162/BC-SKH&CN, filed in the document register.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedH2.class)
// a database of its own: the number depends on the outgoing documents of 2021 registered before the issue
@TestPropertySource(properties = "khcn.test.database=september-report-filing")
class SeptemberReportFilingTest {
    @Autowired
    vn.gov.khcn.reporting.ReportSections reportSections;
    @Autowired
    Reports reports;
    @Autowired
    ReportEngine engine;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MockMvc mvc;

    @Test
    void theIssuedSeptemberReportTakesTheNextOutgoingNumberOf2021AndIsFiled() throws Exception {
        Report r = IssuedSeptemberReport.issue(reports, reportSections, accounts);
        assertThat(r.number()).isEqualTo(1162);
        assertThat(r.numberText()).isEqualTo("1162/BC-SKH&CN");
        assertThat(ReportWorkflowContract.docxText(engine.docx(engine.view(r)))).contains("Số: 1162/BC-SKH&CN");

        Document d = reports.document(r.id()).orElseThrow();
        assertThat(d.numberSymbol()).isEqualTo("1162/BC-SKH&CN");
        assertThat(d.typeCode()).isEqualTo(DocumentType.REPORT);
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 9, 17));
        assertThat(d.summary()).isEqualTo("Báo cáo kết quả hoạt động khoa học và công nghệ tháng 9, 9 tháng đầu năm 2021 "
                + "và nhiệm vụ công tác trọng tâm 3 tháng cuối năm 2021");
        assertThat(d.signer()).isEqualTo("Bế Đăng Khoa");
        assertThat(d.citation()).isEqualTo("Báo cáo số 1162/BC-SKH&CN ngày 17/9/2021");

        String list = mvc.perform(get("/documents").param("q", "9 tháng đầu năm 2021").with(user(accounts.loadUserByUsername("qlkh"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("1162/BC-SKH&amp;CN").contains("href=\"/documents/" + d.id() + "\"");
    }
}
