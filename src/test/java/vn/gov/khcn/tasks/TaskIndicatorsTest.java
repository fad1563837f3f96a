package vn.gov.khcn.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** The task indicators, read from the events that count, on both databases. */
class TaskIndicatorsTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends TaskIndicatorsContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends TaskIndicatorsContract {
    }
}

/** Every tasks.* golden cell of indicators.md, computed from the demo records for M and YTD. */
abstract class TaskIndicatorsContract {
    static final DateRange M = new DateRange(LocalDate.of(2021, 8, 17), LocalDate.of(2021, 9, 16));
    static final DateRange YTD = new DateRange(LocalDate.of(2020, 12, 17), LocalDate.of(2021, 9, 16));

    @Autowired
    List<IndicatorProvider> providers;

    IndicatorValue value(String code, DateRange p) {
        Indicator i = providers.stream().flatMap(pr -> pr.indicators().stream()).filter(x -> x.code().equals(code)).findFirst().orElseThrow();
        IndicatorValue v = i.compute(p);
        assertThat(v.records()).as(code + " records").isNotEmpty();
        return v;
    }

    static void partsAddUp(IndicatorValue v, String... dims) {
        for (String d : dims) {
            assertThat(v.by().get(d).values().stream().mapToLong(Long::longValue).sum()).as("parts of " + d).isEqualTo(v.value());
        }
    }

    @Test
    void managedInTheYearToDateIs34WithItsParts() {
        IndicatorValue v = value("tasks.managed", YTD);
        assertThat(v.value()).isEqualTo(34);
        assertThat(v.by().get("level")).isEqualTo(Map.of("URGENT_LOCAL", 1L, "RURAL_MOUNTAIN", 5L, "PROVINCIAL", 27L, "GRASSROOTS", 1L));
        assertThat(v.by().get("origin")).isEqualTo(Map.of("CARRIED_OVER", 30L, "NEW", 4L));
        assertThat(v.part("origin/level", "NEW/PROVINCIAL")).isEqualTo(3);
        assertThat(v.part("origin/level", "NEW/GRASSROOTS")).isEqualTo(1);
        partsAddUp(v, "level", "origin", "origin/level");
        assertThat(v.records()).hasSize(34).allMatch(r -> r.type().equals("task") && r.href().equals("/tasks/" + r.id()));
    }

    @Test
    void implementingInTheMonthIs27() {
        IndicatorValue v = value("tasks.implementing", M);
        assertThat(v.value()).isEqualTo(27);
        assertThat(v.by().get("level")).isEqualTo(Map.of("URGENT_LOCAL", 1L, "RURAL_MOUNTAIN", 5L, "PROVINCIAL", 21L));
    }

    @Test
    void submittedForApprovalInTheMonthIs3CitingTheSubmission() {
        IndicatorValue v = value("tasks.submittedForApproval", M);
        assertThat(v.value()).isEqualTo(3);
        assertThat(v.by().get("level")).isEqualTo(Map.of("PROVINCIAL", 3L));
        assertThat(v.citations()).extracting(DocumentRef::citation).containsExactly("Tờ trình số 1161/TTr-SKH&CN ngày 08/9/2021");
    }

    @Test
    void acceptanceCouncilsFormedInTheMonthAre2ForMậnAndLêBảoLạc() {
        IndicatorValue v = value("tasks.acceptanceCouncilsFormed", M);
        assertThat(v.value()).isEqualTo(2);
        partsAddUp(v, "level");
        assertThat(v.names()).anyMatch(n -> n.contains("Mận")).anyMatch(n -> n.contains("Lê Bảo Lạc"));
    }

    @Test
    void acceptedInTheYearToDateIs5() {
        IndicatorValue v = value("tasks.accepted", YTD);
        assertThat(v.value()).isEqualTo(5);
        assertThat(v.by().get("rating")).isEqualTo(Map.of("EXCELLENT", 1L, "PASSED", 4L));
        partsAddUp(v, "rating", "level");
    }

    @Test
    void recognisedAndCertified() {
        IndicatorValue recognised = value("tasks.resultsRecognised", YTD);
        assertThat(recognised.value()).isEqualTo(7);
        partsAddUp(recognised, "level");
        IndicatorValue certifiedYtd = value("tasks.certified", YTD);
        assertThat(certifiedYtd.value()).isEqualTo(7);
        partsAddUp(certifiedYtd, "level");
        IndicatorValue certifiedM = value("tasks.certified", M);
        assertThat(certifiedM.value()).isEqualTo(3);
        partsAddUp(certifiedM, "level");
    }

    @Test
    void progressCheckedAndAdjustmentRequestedInTheYearToDate() {
        IndicatorValue progress = value("tasks.progressChecked", YTD);
        assertThat(progress.value()).isEqualTo(12);
        assertThat(progress.by().get("level")).isEqualTo(Map.of("RURAL_MOUNTAIN", 5L, "PROVINCIAL", 7L));
        IndicatorValue adjust = value("tasks.adjustmentRequested", YTD);
        assertThat(adjust.value()).isEqualTo(3);
        assertThat(adjust.by().get("level")).isEqualTo(Map.of("RURAL_MOUNTAIN", 3L));
    }

    @Test
    void resultsOf10TasksHandedTo17Organisations() {
        IndicatorValue tasks = value("tasks.resultsTransferred", YTD);
        assertThat(tasks.value()).isEqualTo(10);
        assertThat(tasks.citations()).extracting(DocumentRef::numberSymbol).containsExactly("703/QĐ-UBND");
        IndicatorValue orgs = value("tasks.resultsRecipients", YTD);
        assertThat(orgs.value()).isEqualTo(17);
        assertThat(orgs.names()).hasSize(17).doesNotHaveDuplicates();
    }

    @Test
    void nextYearListsAndAppraisals() {
        IndicatorValue listed = value("tasks.listedNextYear", YTD);
        assertThat(listed.value()).isEqualTo(19);
        assertThat(listed.by().get("level")).isEqualTo(Map.of("PROVINCIAL", 11L, "GRASSROOTS", 3L, "RURAL_MOUNTAIN", 5L));
        assertThat(listed.by().get("management")).isEqualTo(Map.of("CENTRAL", 3L, "DELEGATED", 2L));
        IndicatorValue appraised = value("tasks.appraisedNextYear", YTD);
        assertThat(appraised.value()).isEqualTo(2);
        assertThat(appraised.by().get("level")).isEqualTo(Map.of("RURAL_MOUNTAIN", 2L));
    }

    @Autowired
    Tasks tasks;

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("qlkh")
    void voidedEventsAndTasksClosedBeforeThePeriodDoNotCount() {
        DateRange march2041 = new DateRange(LocalDate.of(2041, 3, 1), LocalDate.of(2041, 3, 31));
        long before = value2("tasks.implementing", march2041);
        TaskFacts t = tasks.record(new TaskCommand("IND-" + getClass().getSimpleName(), "Nhiệm vụ thử chỉ tiêu", TaskKind.RESEARCH,
                TaskLevel.PROVINCIAL, null, 2041, null, null, null, null, null, null, null));
        for (String[] e : new String[][]{{"LISTED", "2041-01-10"}, {"APPROVED", "2041-01-20"}, {"CONTRACTED", "2041-02-01"}}) {
            tasks.recordEvent(t.id(), new EventCommand(EventKind.valueOf(e[0]), LocalDate.parse(e[1]), null, null, List.of(), null, null, List.of(), null));
        }
        assertThat(value2("tasks.implementing", march2041)).isEqualTo(before + 1);
        TaskEvent terminated = tasks.recordEvent(t.id(), new EventCommand(EventKind.TERMINATED, LocalDate.parse("2041-02-20"), null, null,
                List.of(), null, null, List.of(), null));
        assertThat(value2("tasks.implementing", march2041)).isEqualTo(before);
        tasks.voidEvent(t.id(), new CorrectionCommand(terminated.id(), LocalDate.parse("2041-02-21"), "Ghi nhầm: nhiệm vụ không bị dừng"));
        assertThat(value2("tasks.implementing", march2041)).isEqualTo(before + 1);
    }

    /** A task of its own year (so that no other record of the shared database falls in its periods), contracted on 10/2. */
    TaskFacts contracted(int year, TaskLevel level) {
        TaskFacts t = tasks.record(new TaskCommand("IND-" + java.util.UUID.randomUUID().toString().substring(0, 8), "Nhiệm vụ thử kết quả " + year,
                TaskKind.RESEARCH, level, null, year, null, null, null, null, null, null, null));
        for (String[] e : new String[][]{{"LISTED", "-01-10"}, {"APPROVED", "-01-20"}, {"CONTRACTED", "-02-10"}}) {
            event(t, EventKind.valueOf(e[0]), LocalDate.parse(year + e[1]), null);
        }
        return t;
    }

    TaskEvent event(TaskFacts t, EventKind kind, LocalDate on, String rating) {
        return tasks.recordEvent(t.id(), new EventCommand(kind, on, rating, null, List.of(), null, null, List.of(), null));
    }

    Council council(TaskFacts t, CouncilKind kind, LocalDate formed, LocalDate met) {
        return tasks.formCouncil(t.id(), new CouncilCommand(kind, formed, met, null, null, List.of(new CouncilMember("Nguyễn Văn Thử", "Chủ tịch")), null));
    }

    /** Years of their own (2056–2062 has no issued report of any test, which would lock the period), one per call. */
    static final java.util.concurrent.atomic.AtomicInteger YEARS = new java.util.concurrent.atomic.AtomicInteger(2056);

    int someYear() {
        return YEARS.getAndIncrement();
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("qlkh")
    void councilsHeldAreCountedByTheirKindAdvisoryCouncilsToo() {
        int y = someYear();
        DateRange june = new DateRange(LocalDate.of(y, 6, 1), LocalDate.of(y, 6, 30));
        TaskFacts t = contracted(y, TaskLevel.PROVINCIAL);
        council(t, CouncilKind.ADVISORY, LocalDate.of(y, 5, 20), LocalDate.of(y, 6, 2));
        council(t, CouncilKind.SELECTION, LocalDate.of(y, 5, 25), LocalDate.of(y, 6, 10));
        council(t, CouncilKind.ACCEPTANCE, LocalDate.of(y, 6, 12), LocalDate.of(y, 6, 20));
        council(t, CouncilKind.ACCEPTANCE, LocalDate.of(y, 6, 25), null);
        council(t, CouncilKind.SELECTION, LocalDate.of(y, 6, 25), LocalDate.of(y, 7, 3));
        Indicator held = providers.stream().flatMap(p -> p.indicators().stream()).filter(x -> x.code().equals("tasks.councilsHeld")).findFirst().orElseThrow();
        IndicatorValue v = held.compute(june);
        assertThat(v.value()).as("formed but not met, or met after June: not counted").isEqualTo(3);
        assertThat(v.by().get("kind")).isEqualTo(Map.of("ADVISORY", 1L, "SELECTION", 1L, "ACCEPTANCE", 1L));
        partsAddUp(v, "kind", "level");
        assertThat(held.labels("kind")).containsEntry("ADVISORY", "Hội đồng tư vấn xác định nhiệm vụ");
        assertThat(v.records()).hasSize(3).allSatisfy(r -> assertThat(r.type()).isEqualTo("taskCouncil"))
                .anySatisfy(r -> assertThat(r.detail()).startsWith("Hội đồng tư vấn xác định nhiệm vụ họp ngày 02/06/" + y));
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("qlkh")
    void acceptedTasksAreCountedByLevelAndByRatingAndTasksAppliedInProductionOnceEach() {
        int y = someYear();
        DateRange year = new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        TaskFacts provincial = contracted(y, TaskLevel.PROVINCIAL);
        TaskFacts grassroots = contracted(y, TaskLevel.GRASSROOTS);
        TaskFacts failed = contracted(y, TaskLevel.GRASSROOTS);
        for (TaskFacts t : List.of(provincial, grassroots, failed)) {
            event(t, EventKind.ACCEPTANCE_COUNCIL_FORMED, LocalDate.of(y, 8, 1), null);
        }
        // results are applied only once the task passed its acceptance
        assertThatThrownByDomain(() -> event(provincial, EventKind.RESULTS_APPLIED, LocalDate.of(y, 8, 5), null));
        event(provincial, EventKind.ACCEPTED, LocalDate.of(y, 8, 10), "EXCELLENT");
        event(grassroots, EventKind.ACCEPTED, LocalDate.of(y, 8, 12), "GOOD");
        event(failed, EventKind.ACCEPTED, LocalDate.of(y, 8, 14), "FAILED");
        assertThatThrownByDomain(() -> event(failed, EventKind.RESULTS_APPLIED, LocalDate.of(y, 9, 1), null));
        assertThatThrownByDomain(() -> event(grassroots, EventKind.RESULTS_APPLIED, LocalDate.of(y, 8, 11), null));

        IndicatorValue accepted = value2v("tasks.accepted", year);
        assertThat(accepted.value()).isEqualTo(3);
        assertThat(accepted.by().get("level")).isEqualTo(Map.of("PROVINCIAL", 1L, "GRASSROOTS", 2L));
        assertThat(accepted.by().get("rating")).isEqualTo(Map.of("EXCELLENT", 1L, "GOOD", 1L, "FAILED", 1L));
        partsAddUp(accepted, "level", "rating");

        // applied twice (two seasons) and certified in between: one task; the other once
        event(provincial, EventKind.RESULTS_APPLIED, LocalDate.of(y, 9, 1), null);
        event(provincial, EventKind.RESULTS_RECOGNISED, LocalDate.of(y, 9, 10), null);
        event(provincial, EventKind.CERTIFIED, LocalDate.of(y, 9, 20), null);
        event(provincial, EventKind.RESULTS_APPLIED, LocalDate.of(y, 11, 1), null);
        TaskEvent applied = event(grassroots, EventKind.RESULTS_APPLIED, LocalDate.of(y, 10, 1), null);
        IndicatorValue v = value2v("tasks.resultsApplied", year);
        assertThat(v.value()).isEqualTo(2);
        assertThat(v.by().get("level")).isEqualTo(Map.of("PROVINCIAL", 1L, "GRASSROOTS", 1L));
        assertThat(v.records()).extracting(r -> r.id()).containsExactly(provincial.id(), grassroots.id());
        assertThat(value2v("tasks.resultsApplied", new DateRange(LocalDate.of(y, 10, 15), LocalDate.of(y, 12, 31))).value()).isEqualTo(1);
        // a voided event does not count; the event and its correction are in the task's audit trail
        tasks.voidEvent(grassroots.id(), new CorrectionCommand(applied.id(), LocalDate.of(y, 10, 2), "Ghi nhầm nhiệm vụ"));
        assertThat(value2v("tasks.resultsApplied", year).value()).isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'task' and entity_id = :id order by id").param("id", grassroots.id())
                .query(String.class).list()).contains("EVENT_RESULTS_APPLIED", "CORRECTION");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static void assertThatThrownByDomain(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOf(vn.gov.khcn.shared.DomainException.class);
    }

    IndicatorValue value2v(String code, DateRange p) {
        return providers.stream().flatMap(pr -> pr.indicators().stream()).filter(x -> x.code().equals(code)).findFirst().orElseThrow().compute(p);
    }

    long value2(String code, DateRange p) {
        return providers.stream().flatMap(pr -> pr.indicators().stream()).filter(x -> x.code().equals(code)).findFirst().orElseThrow()
                .compute(p).value();
    }

    @Test
    void everyTasksIndicatorIsProvidedOnce() {
        Map<String, Long> codes = providers.stream().flatMap(p -> p.indicators().stream()).map(Indicator::code)
                .filter(c -> c.startsWith("tasks.")).collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        assertThat(codes.keySet()).containsExactlyInAnyOrder("tasks.managed", "tasks.implementing", "tasks.submittedForApproval",
                "tasks.acceptanceCouncilsFormed", "tasks.accepted", "tasks.resultsRecognised", "tasks.certified",
                "tasks.progressChecked", "tasks.adjustmentRequested", "tasks.resultsTransferred", "tasks.resultsRecipients",
                "tasks.listedNextYear", "tasks.appraisedNextYear", "tasks.councilsHeld", "tasks.resultsApplied");
        assertThat(codes.values()).allMatch(n -> n == 1);
    }
}
