package vn.gov.khcn.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** The task pages and the REST API, on both databases. */
class TaskWebTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends TaskWebContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends TaskWebContract {
    }
}

/** The task pages and the REST API, run on both databases by its subclasses. */
abstract class TaskWebContract {
    private static final AtomicInteger SEQ = new AtomicInteger();
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;

    /** MockMvc with Spring Security's test support, so that {@code @WithUserDetails} signs the requests in. */
    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    String code() {
        return "W-" + getClass().getSimpleName().replace("Test", "") + "-" + SEQ.incrementAndGet();
    }

    long leDongKhe() {
        return tasks.search(new TaskQuery("phuc trang va phat trien giong le dong khe", null, null, null, null), 0, 1).items().get(0).id();
    }

    @Test
    @WithUserDetails("xem")
    void listRendersWithCountsAndPaging() throws Exception {
        mvc.perform(get("/tasks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhiệm vụ khoa học và công nghệ")))
                .andExpect(content().string(containsString("Theo trạng thái:")))
                .andExpect(content().string(containsString("Trang 1 /")))
                .andExpect(content().string(containsString("Trang sau »")));
    }

    @Test
    @WithUserDetails("xem")
    void searchWithoutDiacriticsShowsTheTask() throws Exception {
        mvc.perform(get("/tasks").param("q", "le dong khe").param("level", "PROVINCIAL")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phục tráng và phát triển giống lê Đông Khê")))
                .andExpect(content().string(not(containsString("Hà thủ ô đỏ"))));
    }

    @Test
    @WithUserDetails("xem")
    void taskPageShowsFactsTimelineCitationsBudgetAndHistory() throws Exception {
        long id = tasks.search(new TaskQuery("Quýt Trà Lĩnh", null, null, null, null), 0, 1).items().get(0).id();
        mvc.perform(get("/tasks/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp giấy chứng nhận kết quả thực hiện")))
                .andExpect(content().string(containsString("Xếp loại: Đạt")))
                .andExpect(content().string(containsString("1.050.000.000 đồng")))
                .andExpect(content().string(containsString("25/08/2021")))
                .andExpect(content().string(containsString("href=\"/documents/")))
                .andExpect(content().string(containsString("Hội đồng nghiệm thu")))
                .andExpect(content().string(containsString("Ghi nhận: Cấp giấy chứng nhận kết quả thực hiện")));
    }

    @Test
    @WithUserDetails("xem")
    void transferShowsTheDecisionAndRecipients() throws Exception {
        long id = tasks.search(new TaskQuery("Thach den tai huyen Thach An", null, null, null, null), 0, 1).items().get(0).id();
        mvc.perform(get("/tasks/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quyết định số 703/QĐ-UBND ngày 29/4/2021 của UBND tỉnh")))
                .andExpect(content().string(containsString("Đơn vị nhận:")));
    }

    @Test
    @WithUserDetails("qlkh")
    void eventFormRefusesAnOutOfOrderEventWithTheMessageAndSavesNothing() throws Exception {
        TaskFacts t = tasks.record(new TaskCommand(code(), "Nhiệm vụ thử trang sự kiện", TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null,
                2031, null, null, null, null, null, null, null));
        mvc.perform(post("/tasks/" + t.id() + "/events").with(csrf()).param("kind", "LISTED").param("date", "2031-01-15"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/" + t.id() + "/events").with(csrf()).param("kind", "ACCEPTED").param("date", "2031-05-01")
                        .param("rating", "PASSED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có hợp đồng (CONTRACTED): không thể ghi nhận nghiệm thu.")))
                .andExpect(content().string(containsString("value=\"2031-05-01\"")));
        assertThat(jdbc.sql("select count(*) from task_event where task_id = :t").param("t", t.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("qlkh")
    void createFormSavesAndShowsTheTask() throws Exception {
        String code = code();
        mvc.perform(post("/tasks").with(csrf()).param("code", code).param("title", "Nghiên cứu thử nghiệm trang tạo")
                        .param("kind", "PROJECT").param("level", "GRASSROOTS").param("startYear", "2031").param("durationMonths", "12"))
                .andExpect(status().is3xxRedirection());
        assertThat(tasks.findByCode(code)).isPresent();
        mvc.perform(post("/tasks").with(csrf()).param("code", code()).param("title", "").param("kind", "PROJECT")
                        .param("level", "GRASSROOTS").param("startYear", "2031"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Cần nhập tên nhiệm vụ.")));
    }

    @Test
    @WithUserDetails("qlcn")
    void staffOfAnotherUnitIsRefusedOnThePage() throws Exception {
        mvc.perform(post("/tasks/" + leDongKhe() + "/events").with(csrf()).param("kind", "PROGRESS_CHECKED").param("date", "2031-09-01"))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("qlkh")
    void apiRefusesAnOutOfOrderEventAsProblemDetailsWithTheField() throws Exception {
        String body = "{\"code\":\"" + code() + "\",\"title\":\"Nhiệm vụ qua API\",\"kind\":\"RESEARCH\",\"level\":\"PROVINCIAL\",\"startYear\":2031}";
        String created = mvc.perform(post("/api/tasks").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0)).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/tasks/" + id + "/events").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CONTRACTED\",\"date\":\"2031-02-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Chưa đưa vào danh mục (LISTED): không thể ghi nhận ký hợp đồng."))
                .andExpect(jsonPath("$.field").value("kind"));
        mvc.perform(post("/api/tasks/" + id + "/events").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"LISTED\",\"date\":\"2031-01-15\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/tasks/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.task.status").value("LISTED"))
                .andExpect(jsonPath("$.events[0].event.kind").value("LISTED"));
        mvc.perform(put("/api/tasks/" + id).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Nhiệm vụ qua API", "Nhiệm vụ qua API (sửa)").replace("}", ",\"version\":0}")))
                .andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("xem")
    void apiSearchesWithPaging() throws Exception {
        mvc.perform(get("/api/tasks").param("q", "le dong khe").param("size", "5")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value(containsString("lê Đông Khê")))
                .andExpect(jsonPath("$.size").value(5));
    }
}
