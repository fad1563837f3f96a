package vn.gov.khcn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.metrology.Metrology;

/**
 * Lists that are not registers export from their own page: {@code ?export=xlsx|csv} with the page's filters gives
 * every row they select (not only the page shown). The audit log, the instruments due, the records behind a figure.
 */
abstract class ListDownloadsContract {
    @Autowired
    org.springframework.web.context.WebApplicationContext context;
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Metrology metrology;

    /** MockMvc with Spring Security's test support, so that {@code @WithUserDetails} signs the requests in. */
    @org.junit.jupiter.api.BeforeEach
    void mockMvc() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    @WithUserDetails("admin")
    void theAuditLogExportsEveryEntryItsFiltersSelect() throws Exception {
        long tasks = jdbc.sql("select count(*) from audit_log where entity_type = 'task'").query(Long.class).single();
        assertThat(tasks).isGreaterThan(50);   // more than one page of the audit page
        String csv = mvc.perform(get("/audit").param("type", "task").param("page", "1").param("export", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFSố,Lúc,Người thực hiện,Loại hồ sơ,Mã hồ sơ,Thao tác,Trước,Sau,Lý do");
        assertThat(lines.stream().skip(1).filter(l -> !l.isBlank()).count()).isGreaterThanOrEqualTo(tasks);
        assertThat(lines.stream().skip(1).filter(l -> l.matches("^\\d+,.*")).allMatch(l -> l.split(",")[3].equals("task"))).isTrue();

        String page = mvc.perform(get("/audit?type=task&page=1")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/audit?type=task&amp;export=xlsx");
    }

    @Test
    @WithUserDetails("trungtam")
    void theInstrumentsDueExportWhollyAsAWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/due").param("unit", "CENTRE").param("kind", "instruments").param("export", "xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(4)).isEqualTo("Việc");
            assertThat(rows).hasSize(1 + (int) metrology.dueCount(30));
        }
    }

    @Test
    @WithUserDetails("vanphong")
    void theRecordsBehindAFigureExportAndAnUnknownFormatIsRefusedInVietnamese() throws Exception {
        String url = "/reports/records?code=tasks.implementing&period=month&start=2021-08-17&end=2021-09-16";
        String page = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int shown = page.split("<td><a ").length - 1;
        assertThat(shown).isPositive();
        String csv = mvc.perform(get(url + "&export=csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1 + shown);

        String refused = mvc.perform(get(url + "&export=pdf")).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Định dạng &quot;pdf&quot; không hỗ trợ");
    }

    @Test
    @WithUserDetails("admin")
    void theReportsAndTheAccountsExportWithoutPasswordHashes() throws Exception {
        long reports = jdbc.sql("select count(*) from report").query(Long.class).single();
        String csv = mvc.perform(get("/reports?export=csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(1 + reports);
        String users = mvc.perform(get("/admin/users?export=csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(users.lines().count()).isEqualTo(1 + jdbc.sql("select count(*) from app_user").query(Long.class).single());
        assertThat(users).contains("\nadmin,").doesNotContain("$2a$").doesNotContain("{bcrypt}");
    }
}
