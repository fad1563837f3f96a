package vn.gov.khcn.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.exchange.ImportError;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.metrology.Verifications;
import vn.gov.khcn.organisations.OrganisationCommand;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.tasks.EventCommand;
import vn.gov.khcn.tasks.EventKind;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.Tasks;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.Workbooks;

/**
 * The vocabulary register on both databases: the national lists seeded, entries added, renamed and retired, an entry
 * in use never deleted, and the lists used as data by tasks, ratings and the verification import (label or code,
 * an unknown value named once per column).
 */
class VocabularyRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends VocabularyRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends VocabularyRegisterContract {
    }
}

abstract class VocabularyRegisterContract {
    private static final AtomicInteger SEQ = new AtomicInteger();
    @Autowired
    Vocabularies vocabularies;
    @Autowired
    Tasks tasks;
    @Autowired
    Imports imports;
    @Autowired
    Organisations organisations;
    @Autowired
    Verifications verifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @TempDir
    Path dir;

    /** A label no other test (nor the other database's run) uses: "… 7H". */
    private String unique(String s) {
        return s + " " + SEQ.incrementAndGet() + (getClass().getSimpleName().contains("Embedded") ? "H" : "P") + System.nanoTime() % 100_000;
    }

    private long audits(long id, String action) {
        return jdbc.sql("select count(*) from audit_log where entity_type = 'vocabularyEntry' and entity_id = :id and action = :a")
                .param("id", id).param("a", action).query(Long.class).single();
    }

    private TaskFacts task(TaskLevel level) {
        return tasks.record(TaskCommand.of("VOC-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 1_000_000, unique("Nhiệm vụ danh mục"),
                TaskKind.RESEARCH, level, null, 2031, null, "Người thử (demo)", "Nông nghiệp", 24, "Cao Bằng"));
    }

    @Test
    void theNationalListsAreSeededWithTheirCodesAndTheDemoRatings() {
        assertThat(vocabularies.current(VocabularyList.TASK_LEVEL)).extracting(VocabularyEntry::code)
                .containsSubsequence("NATIONAL", "URGENT_LOCAL", "RURAL_MOUNTAIN", "PROVINCIAL", "GRASSROOTS", "MINISTERIAL");
        assertThat(vocabularies.find(VocabularyList.TASK_LEVEL, "MINISTERIAL").orElseThrow().label()).isEqualTo("Cấp bộ");
        VocabularyEntry good = vocabularies.find(VocabularyList.TASK_RATING, "GOOD").orElseThrow();
        assertThat(good.label()).isEqualTo("Khá");
        assertThat(good.isPassing()).isTrue();
        assertThat(vocabularies.find(VocabularyList.TASK_RATING, "FAILED").orElseThrow().isPassing()).isFalse();
        assertThat(vocabularies.find(VocabularyList.INSTRUMENT_TYPE, "TAXIMET").orElseThrow().intervalMonths()).isEqualTo(18);
        // the old tables read as before, through views of the register
        assertThat(jdbc.sql("select label from task_rating where code = 'GOOD'").query(String.class).single()).isEqualTo("Khá");
        assertThat(jdbc.sql("select interval_months from instrument_type where code = 'DONG_HO_NUOC'").query(Integer.class).single()).isEqualTo(60);
    }

    @Test
    @WithUserDetails("vanphong")
    void theOfficeAddsRenamesAndReordersAnEntryEveryChangeAuditedAndAStaleCopyRefused() {
        String label = unique("Cấp bộ ngành");
        VocabularyEntry e = vocabularies.add(VocabularyCommand.of(VocabularyList.TASK_LEVEL, null, label, null, null));
        assertThat(e.code()).matches("[A-Z0-9_]{1,20}").startsWith("CAP_BO_NGANH");
        assertThat(e.position()).isGreaterThan(6);
        assertThat(vocabularies.current(VocabularyList.TASK_LEVEL)).extracting(VocabularyEntry::label).endsWith(label);
        assertThat(audits(e.id(), "CREATE")).isOne();

        VocabularyEntry renamed = vocabularies.change(e.id(), new VocabularyCommand(null, null, label + " (sửa)", 9000, false, null, null,
                e.version(), "đổi tên theo quyết định"));
        assertThat(renamed.label()).isEqualTo(label + " (sửa)");
        assertThat(renamed.code()).isEqualTo(e.code());
        // moved to the end of the list
        assertThat(renamed.position()).isEqualTo(9000);
        assertThat(vocabularies.current(VocabularyList.TASK_LEVEL)).last().extracting(VocabularyEntry::code).isEqualTo(e.code());
        assertThat(audits(e.id(), "UPDATE")).isOne();
        assertThatThrownBy(() -> vocabularies.change(e.id(), new VocabularyCommand(null, null, label, null, false, null, null, e.version(), null)))
                .isInstanceOf(ConcurrentEditException.class);
        // a second entry of the same label, diacritics and case aside, is refused
        assertThatThrownBy(() -> vocabularies.add(VocabularyCommand.of(VocabularyList.TASK_LEVEL, null,
                vn.gov.khcn.shared.VietnameseText.fold(label + " (sửa)").toUpperCase(), null, null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("đã có");
        // the code stays: records and reports keep it
        assertThatThrownBy(() -> vocabularies.change(e.id(), new VocabularyCommand(null, "KHAC", label, null, false, null, null,
                renamed.version(), null))).isInstanceOf(DomainException.class).hasMessageContaining("Không đổi được mã");
    }

    @Test
    @WithUserDetails("qlkh")
    void aUnitClerkReadsTheListsButDoesNotChangeThem() {
        assertThat(vocabularies.current(VocabularyList.TASK_RATING)).isNotEmpty();
        assertThatThrownBy(() -> vocabularies.add(VocabularyCommand.of(VocabularyList.TASK_LEVEL, null, unique("Cấp thử"), null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void anEntryInUseIsRetiredNotDeletedAndStillNamedOnItsOldRecords() {
        VocabularyEntry e = vocabularies.add(VocabularyCommand.of(VocabularyList.TASK_LEVEL, null, unique("Cấp huyện"), null, null));
        TaskFacts t = task(new TaskLevel(e.code()));
        assertThat(t.level().code()).isEqualTo(e.code());
        assertThat(vocabularies.uses(e)).isOne();

        assertThatThrownBy(() -> vocabularies.delete(e.id(), e.version())).isInstanceOf(DomainException.class)
                .hasMessageContaining("Không xóa được").hasMessageContaining("1 hồ sơ đang dùng").hasMessageContaining("Thôi dùng");
        VocabularyEntry retired = vocabularies.change(e.id(), new VocabularyCommand(null, null, e.label(), null, true, null, null, e.version(), null));
        assertThat(retired.retired()).isTrue();
        assertThat(vocabularies.current(VocabularyList.TASK_LEVEL)).extracting(VocabularyEntry::code).doesNotContain(e.code());
        assertThat(vocabularies.entries(VocabularyList.TASK_LEVEL)).extracting(VocabularyEntry::code).contains(e.code());
        // the old task keeps it and prints it; a new task may not choose it
        assertThat(tasks.levelLabel(tasks.facts(t.id()).level())).isEqualTo(e.label());
        assertThatThrownBy(() -> task(new TaskLevel(e.code()))).isInstanceOf(DomainException.class).hasMessageContaining("đã thôi dùng");
        assertThat(jdbc.sql("select count(*) from vocabulary_entry where id = :id").param("id", e.id()).query(Long.class).single()).isOne();

        // an entry nobody uses (a mistake just typed) is deleted, and the deletion audited
        VocabularyEntry typo = vocabularies.add(VocabularyCommand.of(VocabularyList.TASK_LEVEL, null, unique("Cấp gõ nhầm"), null, null));
        vocabularies.delete(typo.id(), typo.version());
        assertThat(vocabularies.find(VocabularyList.TASK_LEVEL, typo.code())).isEmpty();
        assertThat(audits(typo.id(), "DELETE")).isOne();
    }

    @Test
    @WithUserDetails("admin")
    void aRatingAddedAsDataIsGivenByAnAcceptanceCouncilAndItsPassingDecidesWhatFollows() {
        VocabularyEntry fair = vocabularies.add(VocabularyCommand.of(VocabularyList.TASK_RATING, null, unique("Trung bình"), true, null));
        VocabularyEntry weak = vocabularies.add(VocabularyCommand.of(VocabularyList.TASK_RATING, null, unique("Yếu"), false, null));
        assertThat(tasks.ratings()).extracting(r -> r.code()).contains(fair.code(), weak.code(), "GOOD");

        TaskFacts failing = accepted(weak.code());
        assertThatThrownBy(() -> event(failing.id(), EventKind.RESULTS_RECOGNISED, "2031-05-20")).isInstanceOf(DomainException.class);
        // the API and the form may give the label a clerk sees instead of the code
        TaskFacts passing = accepted(fair.label().toUpperCase());
        event(passing.id(), EventKind.RESULTS_RECOGNISED, "2031-05-20");
        assertThat(tasks.get(passing.id()).events()).anySatisfy(v -> assertThat(v.ratingLabel()).isEqualTo(fair.label()));
        assertThat(vocabularies.uses(fair)).isOne();
        assertThatThrownBy(() -> accepted("Tạm được")).isInstanceOf(DomainException.class)
                .hasMessageContaining("không có trong danh mục xếp loại").hasMessageContaining("Khá");
    }

    private TaskFacts accepted(String rating) {
        TaskFacts t = task(TaskLevel.PROVINCIAL);
        event(t.id(), EventKind.LISTED, "2031-01-15");
        event(t.id(), EventKind.APPROVED, "2031-03-01");
        event(t.id(), EventKind.CONTRACTED, "2031-03-15");
        event(t.id(), EventKind.ACCEPTANCE_COUNCIL_FORMED, "2031-05-01");
        tasks.recordEvent(t.id(), new EventCommand(EventKind.ACCEPTED, LocalDate.parse("2031-05-10"), rating, null, List.of(), null, null,
                List.of(), null));
        return t;
    }

    private void event(long task, EventKind kind, String date) {
        tasks.recordEvent(task, new EventCommand(kind, LocalDate.parse(date), null, null, List.of(), null, null, List.of(), null));
    }

    @Test
    @WithUserDetails("admin")
    void anInstrumentTypeTheDepartmentAddsIsAcceptedByTheVerificationImportByLabelOrCodeWithItsInterval() throws IOException {
        VocabularyEntry alcohol = vocabularies.add(VocabularyCommand.of(VocabularyList.INSTRUMENT_TYPE, null,
                unique("Phương tiện đo nồng độ cồn"), null, 12));
        String owner = unique("Công an tỉnh Kiểm Định");
        organisations.record(new OrganisationCommand(owner, OrganisationKind.STATE_AGENCY, "Thành phố Cao Bằng", null, null, null));
        String serial = "ALC-" + System.nanoTime();
        // the label without diacritics in capitals on one row, the code on the other
        Path file = Workbooks.fill(imports.template("verifications"), "Kiem dinh", List.of(
                new Object[] {vn.gov.khcn.shared.VietnameseText.fold(alcohol.label()).toUpperCase(), serial + "-1", owner, LocalDate.of(2026, 2, 2),
                        "Định kỳ", "Đạt", "TEM-1", "KĐV Demo (demo)"},
                new Object[] {alcohol.code(), serial + "-2", owner, LocalDate.of(2026, 2, 3), "Định kỳ", "Đạt", "TEM-2", "KĐV Demo (demo)"}),
                dir.resolve("kiem-dinh.xlsx"));
        ImportOutcome out = imports.importFile(file, "kiem-dinh.xlsx", "verifications");
        assertThat(out.errors()).isEmpty();
        assertThat(out.added()).isEqualTo(2);
        assertThat(jdbc.sql("select next_due_on from verification where serial = :s and type_code = :t").param("s", serial + "-1")
                .param("t", alcohol.code()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2027, 2, 2));
    }

    @Test
    @WithUserDetails("admin")
    void twoHundredRowsOfUnknownValuesGiveOneErrorLinePerColumnNamingTheAcceptedValues() throws IOException {
        String owner = unique("Bệnh viện Danh Mục");
        organisations.record(new OrganisationCommand(owner, OrganisationKind.HEALTH_FACILITY, "Thành phố Cao Bằng", null, null, null));
        long before = jdbc.sql("select count(*) from verification").query(Long.class).single();
        Path file = Workbooks.fill(imports.template("verifications"), "Kiem dinh", Workbooks.rows(200, i -> new Object[] {
                        i % 2 == 0 ? "Máy đo tốc độ" : "Phương tiện đo khí thải", "UNK-" + System.nanoTime() + "-" + i, owner,
                        LocalDate.of(2026, 3, 1), "Hàng năm", "Đạt", "TEM-" + i, "KĐV Demo (demo)"}),
                dir.resolve("loi.xlsx"));
        ImportOutcome out = imports.importFile(file, "loi.xlsx", "verifications");
        assertThat(out.refused()).isTrue();
        assertThat(out.errors()).hasSize(2);
        List<String> lines = out.errors().stream().map(ImportError::message).toList();
        assertThat(lines.get(0)).contains("cột A (Loại phương tiện đo)").contains("Máy đo tốc độ").contains("Phương tiện đo khí thải")
                .contains("200 dòng").contains("Đồng hồ nước").contains("Taximet");
        assertThat(lines.get(1)).contains("cột E (Hình thức)").contains("Hàng năm").contains("200 dòng").contains("Định kỳ");
        assertThat(jdbc.sql("select count(*) from verification").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("admin")
    void theTaskImportTakesALevelByItsLabelOrItsCode() throws IOException {
        String code = "VOCIMP-" + System.nanoTime() % 1_000_000;
        Path file = Workbooks.fill(imports.template("tasks"), "Nhiem vu", List.of(
                new Object[] {code + "-1", unique("Nhiệm vụ cấp bộ"), "Đề tài", "cấp bộ", null, 2031, null, null, null, null, null},
                new Object[] {code + "-2", unique("Nhiệm vụ cấp tỉnh"), "Đề tài", "PROVINCIAL", null, 2031, null, null, null, null, null}),
                dir.resolve("nhiem-vu.xlsx"));
        ImportOutcome out = imports.importFile(file, "nhiem-vu.xlsx", "tasks");
        assertThat(out.errors()).isEmpty();
        assertThat(tasks.findByCode(code + "-1").orElseThrow().level()).isEqualTo(new TaskLevel("MINISTERIAL"));
        assertThat(tasks.findByCode(code + "-2").orElseThrow().level()).isEqualTo(TaskLevel.PROVINCIAL);
    }

    @Test
    @WithUserDetails("admin")
    void theVocabularySheetAddsADepartmentsEntriesOnceAndExportsThem() throws IOException {
        String a = unique("Công tơ điện 3 pha");
        String b = unique("Xếp loại Trung bình khá");
        Path file = Workbooks.fill(imports.template("vocabularies"), "Danh muc dung chung", List.of(
                new Object[] {"Loại phương tiện đo", null, a, null, null, 60, null},
                new Object[] {"xep loai nghiem thu nhiem vu", null, b, null, "Có", null, null}), dir.resolve("danh-muc.xlsx"));
        ImportOutcome out = imports.importFile(file, "danh-muc.xlsx", null);
        assertThat(out.errors()).isEmpty();
        assertThat(out.register()).isEqualTo("vocabularies");
        assertThat(out.added()).isEqualTo(2);
        assertThat(vocabularies.current(VocabularyList.INSTRUMENT_TYPE)).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo(a);
            assertThat(e.intervalMonths()).isEqualTo(60);
        });
        assertThat(vocabularies.current(VocabularyList.TASK_RATING)).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo(b);
            assertThat(e.isPassing()).isTrue();
        });
        assertThat(imports.importFile(file, "danh-muc.xlsx", "vocabularies").skipped()).isEqualTo(2);
    }

    @Test
    void theApiListsAListAndAChangeNeedsTheVersion() throws Exception {
        mvc.perform(get("/api/vocabularies/lists/TASK_RATING").with(httpBasic("vanphong", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'GOOD')].label").value("Khá"));
        long id = jdbc.sql("select id from vocabulary_entry where list_key = 'TASK_LEVEL' and code = 'MINISTERIAL'").query(Long.class).single();
        mvc.perform(put("/api/vocabularies/" + id).with(httpBasic("vanphong", "demo")).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"Cấp bộ\"}"))
                .andExpect(status().is(428));
        mvc.perform(get("/vocabularies").param("list", "TASK_LEVEL").with(httpBasic("vanphong", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cấp bộ")));
    }
}
