package vn.gov.khcn.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.Exports;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.Workbooks;

/**
 * Task histories moved in by spreadsheet, on both databases: events in any order are recorded per task in date order
 * through the task's life (statuses follow, audited); one event out of the life refuses the whole file naming its row
 * and column; a word not recognised is reported once for its column; labels and codes are both read; an export of
 * events and councils imports into other tasks as the same histories.
 */
class TaskHistoryImportTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends TaskHistoryImportContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends TaskHistoryImportContract {
    }
}

@WithUserDetails("qlkh")
abstract class TaskHistoryImportContract {
    static final String EVENTS = "Su kien nhiem vu";
    static final String COUNCILS = "Hoi dong nhiem vu";
    @Autowired
    Imports imports;
    @Autowired
    Exports exports;
    @Autowired
    Tasks tasks;
    @Autowired
    Documents documents;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.web.context.WebApplicationContext context;
    @TempDir
    Path dir;

    /** A new task of a unique code. */
    String task() {
        String code = "LS." + UUID.randomUUID().toString().substring(0, 8);
        tasks.record(new TaskCommand(code, "Nhiệm vụ chuyển vào " + code, TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, 2026, null,
                "Nguyễn Văn Chuyển", null, 12, null, null, null));
        return code;
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static Object[] event(String code, String kind, LocalDate on) {
        return new Object[] {code, kind, on, null, null, null, null};
    }

    Path file(String sheet, List<Object[]> rows) throws IOException {
        String key = sheet.equals(EVENTS) ? "task-events" : "task-councils";
        return Workbooks.fill(imports.template(key), sheet, rows, Files.createTempFile(dir, key, ".xlsx"));
    }

    List<String> history(String code) {
        long id = tasks.findByCode(code).orElseThrow().id();
        return tasks.get(id).events().stream().filter(v -> !v.voided()).map(v -> v.event().kind() + " " + v.event().date() + " "
                + v.event().rating() + " " + v.documents().stream().map(d -> d.numberSymbol()).toList() + " " + v.recipients() + " "
                + v.event().note()).toList();
    }

    String statusOf(String code) {
        return tasks.findByCode(code).orElseThrow().status();
    }

    long events(String code) {
        return jdbc.sql("select count(*) from task_event e join task t on t.id = e.task_id where t.code = :c").param("c", code)
                .query(Long.class).single();
    }

    @Test
    void threeTasksOfFiveEventsInShuffledOrderGoInAndTheirStatusesFollow() throws IOException {
        String a = task();
        String b = task();
        String c = task();
        String citation = "7" + (int) (Math.random() * 10_000) + "/QĐ-SKH&CN";
        documents.register(DocumentCommand.of(citation, null, day(2, 20), null, "Quyết định phê duyệt nhiệm vụ"));
        List<Object[]> rows = new ArrayList<>(List.of(
                event(a, "Đưa vào danh mục", day(1, 5)), event(a, "APPROVED", day(2, 1)), event(a, "ký hợp đồng", day(3, 1)),
                event(a, "Kiểm tra tiến độ", day(6, 1)), event(a, "ACCEPTANCE_COUNCIL_FORMED", day(9, 1)),
                event(b, "LISTED", day(1, 6)), new Object[] {b, "Phê duyệt", day(2, 20), citation, null, null, "Phê duyệt theo quyết định"},
                event(b, "Ký hợp đồng", day(3, 2)), event(b, "Thành lập hội đồng nghiệm thu", day(8, 1)),
                new Object[] {b, "Nghiệm thu", day(8, 20), null, "Khá", null, null},
                event(c, "Đưa vào danh mục", day(1, 7)), event(c, "Hội đồng tuyển chọn, giao trực tiếp", day(1, 20)),
                event(c, "phe duyet", day(2, 2)), event(c, "CONTRACTED", day(3, 3)), event(c, "Dừng thực hiện, thanh lý", day(4, 1))));
        Collections.shuffle(rows, new Random(2026));
        long audited = jdbc.sql("select count(*) from audit_log where entity_type = 'task'").query(Long.class).single();

        Path f = file(EVENTS, rows);
        ImportOutcome out = imports.importFile(f, "lich-su.xlsx", null);

        assertThat(out.errors()).isEmpty();
        assertThat(out.register()).isEqualTo("task-events");
        assertThat(out.added()).isEqualTo(15);
        assertThat(statusOf(a)).isEqualTo("ACCEPTANCE_COUNCIL_FORMED");
        assertThat(statusOf(b)).isEqualTo("ACCEPTED");
        assertThat(statusOf(c)).isEqualTo("TERMINATED");
        assertThat(history(b)).containsExactly("LISTED 2026-01-06 null [] [] null",
                "APPROVED 2026-02-20 null [" + citation + "] [] Phê duyệt theo quyết định", "CONTRACTED 2026-03-02 null [] [] null",
                "ACCEPTANCE_COUNCIL_FORMED 2026-08-01 null [] [] null", "ACCEPTED 2026-08-20 GOOD [] [] null");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'task'").query(Long.class).single() - audited).isEqualTo(15);

        // the same file again: every event is one the tasks have
        ImportOutcome again = imports.importFile(f, "lich-su.xlsx", "task-events");
        assertThat(again.errors()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.skipped()).isEqualTo(15);
        assertThat(events(a) + events(b) + events(c)).isEqualTo(15);
    }

    @Test
    void anAcceptanceBeforeTheContractRefusesTheWholeFileNamingItsRowAndColumn() throws IOException {
        String good = task();
        String bad = task();
        List<Object[]> rows = List.of(event(good, "LISTED", day(1, 5)), event(good, "APPROVED", day(2, 1)),
                event(bad, "LISTED", day(1, 5)), event(bad, "APPROVED", day(2, 1)),
                event(bad, "Thành lập hội đồng nghiệm thu", day(3, 1)),
                new Object[] {bad, "Nghiệm thu", day(3, 20), null, "EXCELLENT", null, null}, event(bad, "Ký hợp đồng", day(4, 1)));

        ImportOutcome out = imports.importFile(file(EVENTS, rows), "sai.xlsx", "task-events");

        assertThat(out.refused()).isTrue();
        assertThat(out.added()).isZero();
        assertThat(out.errors()).singleElement().extracting(ImportError::message).asString()
                .startsWith("Trang \"" + EVENTS + "\", dòng 6: cột B (Sự kiện): ")
                .contains("Chưa có hợp đồng (CONTRACTED)");
        assertThat(events(good) + events(bad)).isZero();
    }

    @Test
    void aWordNotRecognisedIsReportedOnceForItsColumnWithTheWordsAccepted() throws IOException {
        String code = task();
        List<Object[]> rows = List.of(event(code, "LISTED", day(1, 5)), event(code, "Khởi công", day(2, 1)),
                event(code, "Khởi công", day(2, 2)), event(code, "Nghiệm thu sớm", day(2, 3)),
                new Object[] {code, "Nghiệm thu", day(3, 1), null, "Giỏi", null, null});

        ImportOutcome out = imports.importFile(file(EVENTS, rows), "tu-la.xlsx", "task-events");

        assertThat(out.refused()).isTrue();
        assertThat(out.errors()).hasSize(2);
        assertThat(out.errors().get(0).message()).startsWith("Trang \"" + EVENTS + "\", dòng 3, cột B (Sự kiện): giá trị \"Khởi công\", \"Nghiệm thu sớm\"")
                .contains("Ký hợp đồng").contains("Họp hội đồng nghiệm thu").contains("3 dòng: 3, 4, 5");
        assertThat(out.errors().get(1).message()).startsWith("Trang \"" + EVENTS + "\", dòng 6, cột E (Xếp loại): giá trị \"Giỏi\"")
                .contains("Xuất sắc").contains("Không đạt");
        assertThat(events(code)).isZero();
    }

    @Test
    void anExportOfEventsAndCouncilsImportsAsTheSameHistories() throws IOException {
        String from = task();
        String doc = "9" + (int) (Math.random() * 10_000) + "/QĐ-SKH&CN";
        documents.register(DocumentCommand.of(doc, null, day(4, 2), null, "Quyết định thành lập hội đồng nghiệm thu"));
        String org = "Hợp tác xã nhận kết quả " + from;
        organisations.findOrCreate(org, OrganisationKind.COOPERATIVE, null);
        List<Object[]> rows = List.of(event(from, "LISTED", day(1, 5)), event(from, "APPROVED", day(1, 10)), event(from, "CONTRACTED", day(1, 15)),
                new Object[] {from, "Thành lập hội đồng nghiệm thu", day(4, 2), doc, null, null, "Hội đồng 7 thành viên"},
                new Object[] {from, "ACCEPTED", day(4, 20), null, "Đạt", null, null}, event(from, "Công nhận kết quả", day(5, 1)),
                event(from, "CERTIFIED", day(5, 10)), new Object[] {from, "Chuyển giao kết quả", day(6, 1), null, null, org, null});
        assertThat(imports.importFile(file(EVENTS, rows), "goc.xlsx", "task-events").errors()).isEmpty();
        List<Object[]> councils = List.<Object[]>of(new Object[] {from, "Hội đồng nghiệm thu", day(4, 2), day(4, 20), "Đạt", doc,
                "Nguyễn Văn An (Chủ tịch); Lê Thị Bình (Phản biện); Hoàng Văn Cường"});
        assertThat(imports.importFile(file(COUNCILS, councils), "hoi-dong.xlsx", null).errors()).isEmpty();

        List<Object[]> exported = new ArrayList<>();
        exports.each("task-events", Map.of("q", from), exported::add);
        List<Object[]> exportedCouncils = new ArrayList<>();
        exports.each("task-councils", Map.of("q", from), exportedCouncils::add);
        assertThat(exported).hasSize(8);
        assertThat(exportedCouncils).hasSize(1);

        // the same rows for another task, through the CSV export for the councils
        String to = task();
        List<Object[]> moved = exported.stream().map((Object[] r) -> {
            Object[] c = r.clone();
            c[0] = to;
            return c;
        }).toList();
        assertThat(imports.importFile(file(EVENTS, moved), "xuat.xlsx", null).errors()).isEmpty();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exports.export("task-councils", Exports.Format.CSV, Map.of("q", from), csv);
        Path csvFile = dir.resolve("hoi-dong.csv");
        Files.writeString(csvFile, csv.toString(java.nio.charset.StandardCharsets.UTF_8).replace(from, to));
        ImportOutcome councilsBack = imports.importFile(csvFile, "hoi-dong.csv", "task-councils");
        assertThat(councilsBack.errors()).isEmpty();
        assertThat(councilsBack.added()).isOne();

        assertThat(history(to)).isEqualTo(history(from)).hasSize(8);
        assertThat(statusOf(to)).isEqualTo("RESULTS_TRANSFERRED");
        Council a = tasks.get(tasks.findByCode(from).orElseThrow().id()).councils().get(0);
        Council b = tasks.get(tasks.findByCode(to).orElseThrow().id()).councils().get(0);
        assertThat(b.members()).isEqualTo(a.members()).containsExactly(new CouncilMember("Nguyễn Văn An", "Chủ tịch"),
                new CouncilMember("Lê Thị Bình", "Phản biện"), new CouncilMember("Hoàng Văn Cường", "Ủy viên"));
        assertThat(List.of(b.kind(), b.formedOn(), b.meetingDate(), b.outcome(), b.document().id()))
                .isEqualTo(List.of(a.kind(), a.formedOn(), a.meetingDate(), a.outcome(), a.document().id()));
    }

    @Test
    void theTaskListLinksTheHistoriesExportsWithItsFiltersAndTheTemplatesDownload() throws Exception {
        // MockMvc with Spring Security's test support, so that @WithUserDetails signs the requests in
        MockMvc mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        String code = task();
        assertThat(imports.importFile(file(EVENTS, List.<Object[]>of(event(code, "LISTED", day(1, 5)))), "mot.xlsx", null).added()).isOne();

        String list = mvc.perform(get("/tasks?q=" + code)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list).contains("/exchange/export/task-events.xlsx?q=" + code).contains("/exchange/export/task-councils.xlsx?q=" + code);
        String csv = mvc.perform(get("/exchange/export/task-events.csv").param("q", code)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2).last().asString().startsWith(code).contains("Đưa vào danh mục");
        mvc.perform(get("/exchange/templates/task-councils.xlsx")).andExpect(status().isOk());
    }
}
