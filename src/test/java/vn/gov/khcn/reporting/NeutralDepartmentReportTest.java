package vn.gov.khcn.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import vn.gov.khcn.tasks.CouncilCommand;
import vn.gov.khcn.tasks.CouncilKind;
import vn.gov.khcn.tasks.EventCommand;
import vn.gov.khcn.tasks.EventKind;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.Tasks;
import vn.gov.khcn.testing.DatabaseInitializers;
import vn.gov.khcn.testing.RunsAsSystem;

/**
 * A department that is not the demo's (a first start, its own settings, its own records): its report prints every
 * breakdown part its records have, by label (a KHÁ rating, a national-level task), leaves out the clauses whose
 * figure is zero, and holds no word of the demo's province or products.
 */
class NeutralDepartmentReportTest {
    @Nested
    @SpringBootTest
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = DatabaseInitializers.FirstStartH2.class)
    class OnH2Database extends NeutralDepartmentReportContract {
    }

    @Nested
    @SpringBootTest
    @AutoConfigureMockMvc
    @ContextConfiguration(initializers = DatabaseInitializers.FirstStartPostgres.class)
    class OnPostgresDatabase extends NeutralDepartmentReportContract {
    }
}

@ExtendWith(RunsAsSystem.class)
abstract class NeutralDepartmentReportContract {
    static final String[] DEMO_WORDS = {"Cao Bằng", "CAO BẰNG", "caobang", "Bế Đăng Khoa", "giảo cổ lam", "nghệ đen", "nghệ vàng",
        "tinh bột nghệ", "Hòa An", "Thạch An", "Bảo Lạc"};

    @Autowired
    ReportSettings settings;
    @Autowired
    ReportEngine engine;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;

    /** Back to what the first start has, as {@link DepartmentSetupContract} expects to find it. */
    @AfterEach
    void neutralAgain() {
        jdbc.sql("""
                update department_setting set cut_off_day = 14, province = '', parent_body = '', department = '', site = '',
                       signer_name = '', signer_title = '', legal_basis = '', recipients = '', report_symbol = '', place = '',
                       version = version + 1 where id = 1""").update();
    }

    private void describeTheDepartment() {
        settings.update(new SettingsCommand(14, "Lâm Đồng", "UBND TỈNH LÂM ĐỒNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "sokhcn.lamdong.gov.vn",
                "Nguyễn Văn A", "GIÁM ĐỐC", "Thực hiện chế độ báo cáo định kỳ, Sở Khoa học và Công nghệ", "UBND tỉnh", "BC-SKHCN",
                "Lâm Đồng", settings.get().version()));
    }

    private TaskFacts task(TaskLevel level, int year, String title) {
        TaskFacts t = tasks.record(TaskCommand.of("LD-" + UUID.randomUUID().toString().substring(0, 8), title, TaskKind.RESEARCH, level, null,
                year, null, "Chủ nhiệm thử", "Nông nghiệp", 24, null));
        event(t, EventKind.LISTED, year + "-01-10");
        event(t, EventKind.APPROVED, year + "-02-01");
        event(t, EventKind.CONTRACTED, year + "-02-15");
        return t;
    }

    private void event(TaskFacts t, EventKind kind, String date) {
        tasks.recordEvent(t.id(), new EventCommand(kind, LocalDate.parse(date), null, null, List.of(), null, null, List.of(), null));
    }

    private void accepted(TaskFacts t, int year, String rating) {
        event(t, EventKind.ACCEPTANCE_COUNCIL_FORMED, year + "-04-01");
        tasks.formCouncil(t.id(), new CouncilCommand(CouncilKind.ACCEPTANCE, LocalDate.parse(year + "-04-01"), LocalDate.parse(year + "-04-10"),
                "Nghiệm thu", null, List.of(new vn.gov.khcn.tasks.CouncilMember("Trần Văn B", "Chủ tịch")), null));
        tasks.recordEvent(t.id(), new EventCommand(EventKind.ACCEPTED, LocalDate.parse(year + "-04-10"), rating, null, List.of(), null, null,
                List.of(), null));
    }

    @Test
    void everyPartOfItsRecordsPrintsWithItsLabelAndZeroClausesAreLeftOut() {
        describeTheDepartment();
        int year = 2031;
        accepted(task(TaskLevel.NATIONAL, year, "Nhiệm vụ cấp quốc gia thử"), year, "GOOD");
        accepted(task(TaskLevel.PROVINCIAL, year, "Đề tài cấp tỉnh thử"), year, "EXCELLENT");
        accepted(task(TaskLevel.PROVINCIAL, year, "Đề tài cấp tỉnh thứ hai"), year, "GOOD");

        ReportEngine.View v = engine.view(ReportKind.HALF_YEAR, YearMonth.of(year, 6));
        IndicatorValue acceptedYtd = v.figures().get("ytd", "tasks.accepted").orElseThrow();
        assertThat(acceptedYtd.by().get("rating")).containsEntry("GOOD", 2L).containsEntry("EXCELLENT", 1L);
        assertThat(acceptedYtd.by().get("level")).containsEntry("NATIONAL", 1L).containsEntry("PROVINCIAL", 2L);
        IndicatorValue held = v.figures().get("ytd", "tasks.councilsHeld").orElseThrow();
        assertThat(held.by().get("kind")).containsEntry("ACCEPTANCE", 3L);
        String text = v.rendered().plainText();
        // the KHÁ rating a hand-written list of parts dropped, and the national-level task, each with its label; with a
        // national task among them the tally is a sentence of its own, not a footnote of the provincial tasks
        assertThat(text).contains("Tổ chức Hội đồng nghiệm thu đối với 03 nhiệm vụ (01 nhiệm vụ cấp quốc gia và 02 nhiệm vụ cấp tỉnh), "
                + "trong đó có 01 nhiệm vụ xếp loại xuất sắc, 02 nhiệm vụ xếp loại khá.").doesNotContain("(trong đó, có")
                .contains("01 nhiệm vụ cấp quốc gia");
        // zero clauses: no council in the month, no verification, no inspection, no production: left out or worded
        assertThat(text).doesNotContain("thành lập 00").doesNotContain("Hội đồng nghiệm thu ()").doesNotContain("00 PTĐ")
                .doesNotContain("00 cuộc thanh tra").doesNotContain("sản xuất …").doesNotContain("00 dự án cấp cơ sở")
                .contains("chưa có dự án cấp cơ sở").contains("Chưa tổ chức cuộc thanh tra chuyên ngành nào");
        String html = engine.html(v);
        for (String w : DEMO_WORDS) {
            assertThat(html).as("a word of the demo: " + w).doesNotContain(w);
        }
        assertThat(v.rendered().missingCodes()).isEmpty();
    }

    @Test
    void theMonthReportPrintsTheMonthsMetrologyInspectionRadiationAndIpLine() {
        describeTheDepartment();
        ReportEngine.View v = engine.view(ReportKind.MONTH, YearMonth.of(2029, 3));
        String text = v.rendered().plainText();
        assertThat(text).contains("- Về công tác đo lường, thanh tra, kiểm tra, an toàn bức xạ và sở hữu trí tuệ trong tháng: "
                + "chưa có phương tiện đo được kiểm định, hiệu chuẩn; chưa tổ chức cuộc thanh tra chuyên ngành nào; "
                + "chưa có hồ sơ an toàn bức xạ, hạt nhân được giải quyết; chưa có tổ chức, cá nhân được hướng dẫn đăng ký quyền sở hữu công nghiệp.");
        String html = engine.html(v);
        for (String w : DEMO_WORDS) {
            assertThat(html).as("a word of the demo: " + w).doesNotContain(w);
        }
    }
}
