package vn.gov.khcn.backup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.backup.BackupRun;
import vn.gov.khcn.backup.ScheduledBackups;
import vn.gov.khcn.testing.OnH2;

/** The page /admin/backups: "Sao lưu ngay" writes an archive, the run is listed and audited, the list exports. */
@OnH2
class BackupPagesOnH2Test {
    @Autowired
    org.springframework.web.context.WebApplicationContext context;
    MockMvc mvc;
    @Autowired
    ScheduledBackups backups;
    @Autowired
    JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void mockMvc() {
        mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    @WithUserDetails("admin")
    void backUpNowWritesAnArchiveListsTheRunAndAuditsIt() throws Exception {
        var res = mvc.perform(post("/admin/backups/run").with(csrf())).andReturn();
        assertThat(res.getResponse().getRedirectedUrl()).isEqualTo("/admin/backups");
        assertThat(res.getFlashMap().get("notice").toString()).startsWith("Đã sao lưu vào tệp khcn-sao-luu-");

        BackupRun run = backups.page(0, 1).items().get(0);
        assertThat(run.outcome()).isEqualTo(BackupRun.Outcome.SUCCEEDED);
        assertThat(run.requestedBy()).isEqualTo("admin");
        assertThat(Files.size(backups.settings().folder().resolve(run.fileName()))).isEqualTo(run.sizeBytes());
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'backup_run' and entity_id = :id and action = 'BACKUP'")
                .param("id", run.id()).query(Long.class).single()).isEqualTo(1);

        String page = mvc.perform(get("/admin/backups")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sao lưu ngay", "hằng ngày lúc 01:30", run.fileName(), "Thành công", "Sao lưu ngay (admin)", "Xuất XLSX");
        String csv = mvc.perform(get("/admin/backups?export=csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(run.fileName(), "Thành công");
    }

    @Test
    void theScheduleIsSaidInWords() {
        assertThat(BackupPages.scheduleWords("0 30 1 * * *")).isEqualTo("hằng ngày lúc 01:30");
        assertThat(BackupPages.scheduleWords("-")).startsWith("đã tắt");
        assertThat(BackupPages.scheduleWords("0 0 2 * * MON-FRI")).isEqualTo("theo biểu thức lịch 0 0 2 * * MON-FRI");
    }
}
