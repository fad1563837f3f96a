package vn.gov.khcn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gov.khcn.testing.OnH2;

/**
 * Viewers and the directorate read, approve and export; they do not enter records. Their pages offer no "add"
 * button and no import form (the server refuses those actions anyway); a clerk's pages offer both.
 */
@OnH2
class WriteButtonsOnH2Test {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @Test
    @WithUserDetails("xem")
    void aViewerSeesListsAndExportsButNoAddButtonOrImportForm() throws Exception {
        assertThat(page("/outreach")).doesNotContain("href=\"/outreach/new\"").contains("Xuất XLSX");
        assertThat(page("/tasks")).doesNotContain("href=\"/tasks/new\"").contains("Xuất XLSX");
        assertThat(page("/organisations")).doesNotContain("href=\"/organisations/new\"");
        assertThat(page("/exchange")).doesNotContain("action=\"/exchange/import\"").contains("Tải mẫu").contains("chỉ xem");
    }

    @Test
    @WithUserDetails("giamdoc")
    void theDirectorateSeesNoAddButtonEither() throws Exception {
        assertThat(page("/documents")).doesNotContain("href=\"/documents/new\"");
        assertThat(page("/radiation/licences")).doesNotContain("href=\"/radiation/licences/new\"");
    }

    @Test
    @WithUserDetails("vanphong")
    void aClerkSeesBoth() throws Exception {
        assertThat(page("/outreach")).contains("href=\"/outreach/new\"");
        assertThat(page("/documents")).contains("href=\"/documents/new\"");
        assertThat(page("/exchange")).contains("action=\"/exchange/import\"");
    }
}
