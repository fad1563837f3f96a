package vn.gov.khcn.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/**
 * The work programme register: one programme a month and one item per title in a programme under concurrency,
 * items overdue past their deadline, statuses only forward; its pages and API.
 */
class WorkProgrammeRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends WorkProgrammeRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends WorkProgrammeRegisterContract {
    }
}

abstract class WorkProgrammeRegisterContract {
    @Autowired
    WorkProgrammes programmes;
    @Autowired
    Documents documents;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    /** The programme of {@code month}, issued by a programme document numbered {@code number}. */
    private long programme(String number, String month) {
        long doc = documents.findOrRegister(DocumentCommand.of(number, DocumentType.PROGRAMME, LocalDate.parse(month + "-02"), "UBND tỉnh", null)).id();
        return programmes.programmeOf(month).map(WorkProgramme::id).orElseGet(() -> programmes.recordProgramme(new ProgrammeCommand(month, doc)).id());
    }

    @Test
    void twentyClerksRegisteringTheSameMonthsProgrammeAtOnceRegisterItOnce() {
        long doc = Concurrently.run(1, accounts.loadUserByUsername("vanphong"), n -> documents.findOrRegister(
                DocumentCommand.of("81/CTr-UBND", DocumentType.PROGRAMME, LocalDate.of(2017, 4, 3), "UBND tỉnh", null)).id()).get(0).result();
        List<Concurrently.Outcome<WorkProgramme>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("vanphong"),
                n -> programmes.recordProgramme(new ProgrammeCommand("2017-04", doc)));
        OneStored.theRestRefused(outcomes, DomainException.class, "đã có");
        assertThat(jdbc.sql("select count(*) from work_programme where programme_month = '2017-04'").query(Long.class).single()).isOne();
    }

    @Test
    void twentyClerksAddingTheSameItemAtOnceAddItOnce() {
        var clerk = accounts.loadUserByUsername("qlcn");
        long prog = Concurrently.run(1, clerk, n -> programme("82/CTr-UBND", "2017-05")).get(0).result();
        String title = unique("Báo cáo kết quả thực hiện Chương trình SHTT");
        List<Concurrently.Outcome<ProgrammeItem>> outcomes = Concurrently.run(20, clerk, n -> programmes.recordItem(
                ItemCommand.of(prog, title, LocalDate.of(2017, 5, 25), ItemStatus.ASSIGNED, null, Unit.TECHNOLOGY, List.of())));
        OneStored.theRestRefused(outcomes, DomainException.class, "đã có nhiệm vụ");
        assertThat(jdbc.sql("select count(*) from programme_item where title = :t").param("t", title).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("qlcn")
    void itemsPastTheirDeadlineAndNotDoneAreFlaggedOverdue() throws Exception {
        long prog = programme("77/CTr-UBND", "2020-03");
        ProgrammeItem late = programmes.recordItem(ItemCommand.of(prog, unique("Báo cáo chậm hạn"), LocalDate.of(2020, 3, 20),
                ItemStatus.IN_PROGRESS, null, Unit.TECHNOLOGY, List.of()));
        programmes.recordItem(ItemCommand.of(prog, unique("Báo cáo đã xong"), LocalDate.of(2020, 3, 20), ItemStatus.DONE, "Đã hoàn thành",
                Unit.TECHNOLOGY, List.of()));
        programmes.recordItem(ItemCommand.of(prog, unique("Báo cáo còn hạn"), LocalDate.of(2099, 12, 31), ItemStatus.ASSIGNED, null,
                Unit.TECHNOLOGY, List.of()));

        var overdue = programmes.items(new ItemQuery("2020-03", null, true), 0, 50).items();
        assertThat(overdue).extracting(ProgrammeItem::id).containsExactly(late.id());
        assertThat(late.statusOn(LocalDate.of(2020, 3, 21))).isEqualTo(ItemStatus.OVERDUE);
        assertThat(late.statusOn(LocalDate.of(2020, 3, 20))).isEqualTo(ItemStatus.IN_PROGRESS);

        mvc.perform(get("/programme/items").param("month", "2020-03").with(user("qlcn").roles("UNIT_STAFF")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("badge bad")));
        mvc.perform(get("/api/programme/items").param("month", "2020-03").param("overdue", "true").with(httpBasic("qlcn", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].currentStatus").value("OVERDUE")).andExpect(jsonPath("$.items[0].overdue").value(true));
    }

    @Test
    @WithUserDetails("qlcn")
    void overdueCannotBeSetByHandAndADoneItemStaysDone() {
        long prog = programme("78/CTr-UBND", "2019-11");
        ProgrammeItem i = programmes.recordItem(ItemCommand.of(prog, unique("Nhiệm vụ thử trạng thái"), LocalDate.of(2019, 11, 30),
                ItemStatus.DONE, null, Unit.TECHNOLOGY, List.of()));
        assertThatThrownBy(() -> programmes.correctItem(i.id(), new ItemCommand(prog, i.title(), i.deadline(), ItemStatus.OVERDUE, null,
                Unit.TECHNOLOGY, List.of(), i.version(), null))).isInstanceOf(DomainException.class).hasMessageContaining("Quá hạn");
        assertThatThrownBy(() -> programmes.correctItem(i.id(), new ItemCommand(prog, i.title(), i.deadline(), ItemStatus.IN_PROGRESS, null,
                Unit.TECHNOLOGY, List.of(), i.version(), null))).isInstanceOf(DomainException.class).hasMessageContaining("Không thể chuyển");
    }

    @Test
    void theItemFormBindsToTheCommandWithItsDocuments() throws Exception {
        long cv1155 = jdbc.sql("select id from document where number_symbol = '1155/SKH&CN-QL&CN&SHTT'").query(Long.class).single();
        long bc1118 = jdbc.sql("select id from document where number_symbol = '1118/SKH&CN-QL&CN&SHTT'").query(Long.class).single();
        long prog = Concurrently.run(1, accounts.loadUserByUsername("qlcn"), n -> programme("79/CTr-UBND", "2018-05")).get(0).result();
        String title = unique("Nhiệm vụ nhập qua biểu mẫu");
        mvc.perform(post("/programme/items").with(user(accounts.loadUserByUsername("qlcn"))).with(csrf())
                        .param("programmeId", String.valueOf(prog)).param("title", title).param("deadline", "2018-05-31")
                        .param("status", "IN_PROGRESS").param("unit", "TECHNOLOGY").param("documentIds", cv1155 + "," + bc1118))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from programme_item where title = :t").param("t", title).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from programme_item_document where item_id = :i").param("i", id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theListFiltersByMonthAndTitle() {
        assertThat(programmes.items(new ItemQuery("2021-09", "chien luoc shtt", false), 0, 20).total()).isEqualTo(1);
    }

    @Test
    void theProgrammeAndItemPagesRender() throws Exception {
        for (String url : List.of("/programme", "/programme/items?month=2021-09", "/programme/items/new")) {
            mvc.perform(get(url).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
        }
    }
}
