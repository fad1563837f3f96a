package vn.gov.khcn.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.outreach.OutreachItem;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.testing.IssuedSeptemberReport;
import vn.gov.khcn.testing.OnH2Alone;
import vn.gov.khcn.testing.OnPostgresAlone;

/**
 * Once the September 2021 report is issued, every register adds or changes a record dated in its period only with a
 * reason, which becomes a restatement note of the report.
 */
class IssuedPeriodWritesTest {
    @Nested
    @OnH2Alone
    class OnEmbeddedDatabase extends IssuedPeriodWritesContract {
    }

    @Nested
    @OnPostgresAlone
    class OnPostgreSql extends IssuedPeriodWritesContract {
    }
}

abstract class IssuedPeriodWritesContract {
    /** A day inside the issued report's month (17/8–16/9/2021). */
    static final LocalDate IN_PERIOD = LocalDate.of(2021, 9, 3);
    @Autowired
    Reports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outreach outreach;
    @Autowired
    vn.gov.khcn.tasks.Tasks tasks;
    @Autowired
    vn.gov.khcn.drafting.Drafts drafts;
    @Autowired
    vn.gov.khcn.programme.WorkProgrammes programmes;

    /**
     * A register's add of a record dated {@link #IN_PERIOD}: {@code add} takes the reason (null: none given) and
     * returns the new record's id; {@code entityType} is its audit name.
     */
    record Add(String register, String user, String entityType, Function<String, Long> add) {
    }

    List<Add> adds() {
        String t = "Tin bổ sung " + UUID.randomUUID();
        return List.of(
                new Add("outreach", "vanphong", "outreachItem",
                        why -> outreach.record(new OutreachCommand(Channel.NEWS_POST, t, IN_PERIOD, "khcn.example.gov.vn", null, null, null, null, why)).id()),
                // a task's event dated in the period (audited and restated as the task's)
                new Add("tasks", "qlkh", "task", why -> tasks.recordEvent(listedTask(t), new vn.gov.khcn.tasks.EventCommand(
                        vn.gov.khcn.tasks.EventKind.APPROVED, IN_PERIOD, null, null, List.of(), null, null, List.of(), why)).taskId()),
                // a draft issued in the period (it stops being "in progress")
                new Add("drafts", "qlkh", "draft", why -> {
                    var d = drafts.record(vn.gov.khcn.drafting.DraftCommand.of("Dự thảo " + t + (why == null ? "" : " (2)"),
                            vn.gov.khcn.drafting.DraftBody.PEOPLE_COMMITTEE, true, vn.gov.khcn.shared.Unit.SCIENCE, LocalDate.of(2020, 11, 2)));
                    return drafts.advance(d.id(), new vn.gov.khcn.drafting.StageCommand(vn.gov.khcn.drafting.DraftStage.ISSUED, IN_PERIOD,
                            null, null, d.version(), why)).id();
                }),
                // an item of the September 2021 programme (the month the report counts)
                new Add("programme items", "qlcn", "programmeItem", why -> programmes.recordItem(new vn.gov.khcn.programme.ItemCommand(
                        programmes.programmeOf("2021-09").orElseThrow().id(), "Nhiệm vụ bổ sung " + t, LocalDate.of(2021, 9, 30),
                        vn.gov.khcn.programme.ItemStatus.ASSIGNED, null, vn.gov.khcn.shared.Unit.TECHNOLOGY, List.of(), null, why)).id()));
    }

    /** A new task listed before the issued report's year-to-date period, as its science unit records it. */
    private long listedTask(String tag) {
        long id = tasks.record(vn.gov.khcn.tasks.TaskCommand.of("BS-" + Math.abs(tag.hashCode()) + "-" + System.nanoTime() % 100000,
                "Nhiệm vụ bổ sung " + tag, vn.gov.khcn.tasks.TaskKind.RESEARCH, vn.gov.khcn.tasks.TaskLevel.PROVINCIAL, null, 2021, null,
                null, null, null, null)).id();
        tasks.recordEvent(id, new vn.gov.khcn.tasks.EventCommand(vn.gov.khcn.tasks.EventKind.LISTED, LocalDate.of(2020, 11, 16), null, null,
                List.of(), null, null, List.of(), null));
        return id;
    }

    @BeforeEach
    void issued() {
        IssuedSeptemberReport.issue(reports, accounts);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void as(String username) {
        var p = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }

    @Test
    void aRecordAddedIntoTheIssuedPeriodOfAnyRegisterNeedsAReason() {
        for (Add a : adds()) {
            as(a.user());
            assertThatThrownBy(() -> a.add().apply(null)).as(a.register()).isInstanceOf(DomainException.class)
                    .hasMessageContaining("đã ban hành").hasMessageContaining("lý do");
            long id = a.add().apply("Bổ sung " + a.register() + " còn sót khi lập báo cáo");
            assertThat(jdbc.sql("select count(*) from report_restatement where entity_type = :t and entity_id = :id")
                    .param("t", a.entityType()).param("id", id).query(Long.class).single()).as(a.register()).isPositive();
        }
    }

    @Test
    void aRecordOfTheIssuedPeriodIsCorrectedOnlyWithAReason() {
        as("vanphong");
        OutreachItem post = outreach.search(new vn.gov.khcn.outreach.OutreachQuery(Channel.NEWS_POST, null, 2021), 0, 500).items().stream()
                .filter(i -> i.publishedOn().equals(LocalDate.of(2021, 9, 1)) || i.publishedOn().isAfter(LocalDate.of(2021, 8, 17))
                        && i.publishedOn().isBefore(LocalDate.of(2021, 9, 16))).findFirst().orElseThrow();
        OutreachCommand retitled = new OutreachCommand(post.channel(), post.title() + " (đính chính)", post.publishedOn(), post.site(),
                null, null, null, post.version(), null);
        assertThatThrownBy(() -> outreach.correct(post.id(), retitled)).isInstanceOf(DomainException.class).hasMessageContaining("lý do");
        assertThat(outreach.get(post.id()).title()).isEqualTo(post.title());
        OutreachCommand withReason = new OutreachCommand(post.channel(), post.title() + " (đính chính)", post.publishedOn(), post.site(),
                null, null, null, post.version(), "Đính chính tiêu đề theo bài đăng");
        assertThat(outreach.correct(post.id(), withReason).title()).endsWith("(đính chính)");
    }
}
