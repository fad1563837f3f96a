package vn.gov.khcn.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.documents.DocumentCommand;
import vn.gov.khcn.documents.DocumentType;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.exchange.ImportOutcome;
import vn.gov.khcn.exchange.Imports;
import vn.gov.khcn.inspection.Inspection;
import vn.gov.khcn.inspection.InspectionCommand;
import vn.gov.khcn.inspection.InspectionField;
import vn.gov.khcn.inspection.Inspections;
import vn.gov.khcn.outreach.Channel;
import vn.gov.khcn.outreach.Outreach;
import vn.gov.khcn.outreach.OutreachCommand;
import vn.gov.khcn.outreach.OutreachItem;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorCatalogue;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.tasks.CouncilCommand;
import vn.gov.khcn.tasks.CouncilKind;
import vn.gov.khcn.tasks.CouncilMember;
import vn.gov.khcn.tasks.TaskCommand;
import vn.gov.khcn.tasks.TaskFacts;
import vn.gov.khcn.tasks.TaskKind;
import vn.gov.khcn.tasks.TaskLevel;
import vn.gov.khcn.tasks.Tasks;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.Workbooks;

/**
 * Inspection fields, outreach channels and council kinds are vocabularies a department extends: an entry it adds is
 * chosen by label or code, printed by its label on pages and in the report's breakdowns, counted by the indicators,
 * and retired (never deleted) once in use — on both databases.
 */
class DepartmentListEntriesTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends DepartmentListEntriesContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends DepartmentListEntriesContract {
    }
}

abstract class DepartmentListEntriesContract {
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** A year no other test writes in, so that the figures here are this test's records only. */
    private static final DateRange YEAR = new DateRange(LocalDate.of(2049, 1, 1), LocalDate.of(2049, 12, 31));
    @Autowired
    Vocabularies vocabularies;
    @Autowired
    Inspections inspections;
    @Autowired
    Outreach outreach;
    @Autowired
    Tasks tasks;
    @Autowired
    Documents documents;
    @Autowired
    Imports imports;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @TempDir
    Path dir;

    private String unique(String s) {
        return s + " " + SEQ.incrementAndGet() + (getClass().getSimpleName().contains("Embedded") ? "H" : "P") + System.nanoTime() % 100_000;
    }

    private IndicatorValue figure(String code) {
        return catalogue.find(code).orElseThrow().compute(YEAR);
    }

    private static long part(IndicatorValue v, String dimension, String key) {
        return v.by() == null || v.by().get(dimension) == null ? 0 : v.by().get(dimension).getOrDefault(key, 0L);
    }

    private long decision() {
        String n = (int) (Math.random() * 9000 + 1000) + "/QĐ-TTr" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        return documents.findOrRegister(new DocumentCommand(n, DocumentType.DECISION, LocalDate.of(2049, 2, 1), null,
                "Quyết định thanh tra thử", null)).id();
    }

    @Test
    void theNationalEntriesAreSeededUnderTheCodesTheRecordsKeep() {
        assertThat(vocabularies.current(VocabularyList.INSPECTION_FIELD)).extracting(VocabularyEntry::code)
                .containsSubsequence("MEASUREMENT", "QUALITY", "RADIATION", "IP", "OTHER");
        assertThat(vocabularies.current(VocabularyList.OUTREACH_CHANNEL)).extracting(VocabularyEntry::code)
                .containsSubsequence("NEWS_POST", "BROADCAST", "BULLETIN");
        assertThat(vocabularies.current(VocabularyList.COUNCIL_KIND)).extracting(VocabularyEntry::label)
                .containsSubsequence("Hội đồng tuyển chọn, giao trực tiếp", "Hội đồng tư vấn xác định nhiệm vụ", "Hội đồng nghiệm thu");
    }

    @Test
    @WithUserDetails("admin")
    void anInspectionFieldTheDepartmentAddsIsChosenByLabelCountedPrintedAndRetiredNotDeleted() throws Exception {
        VocabularyEntry telecom = vocabularies.add(VocabularyCommand.of(VocabularyList.INSPECTION_FIELD, null, unique("Viễn thông"), null, null));
        IndicatorValue before = figure("inspection.campaigns");
        // the API and the form may send the label a clerk sees, without diacritics too
        Inspection i = inspections.record(InspectionCommand.of(decision(), new InspectionField(vn.gov.khcn.shared.VietnameseText.fold(telecom.label())),
                unique("Thanh tra viễn thông"), LocalDate.of(2049, 3, 4), null));
        assertThat(i.field()).isEqualTo(new InspectionField(telecom.code()));

        IndicatorValue after = figure("inspection.campaigns");
        assertThat(after.value()).isEqualTo(before.value() + 1);
        assertThat(part(after, "field", telecom.code())).isEqualTo(part(before, "field", telecom.code()) + 1);
        Indicator campaigns = catalogue.find("inspection.campaigns").orElseThrow();
        assertThat(campaigns.labels("field")).containsEntry(telecom.code(), telecom.label()).containsEntry("MEASUREMENT", "Đo lường");
        assertThat(vocabularies.uses(telecom)).isOne();
        assertThatThrownBy(() -> vocabularies.delete(telecom.id(), telecom.version())).isInstanceOf(DomainException.class)
                .hasMessageContaining("1 hồ sơ đang dùng");
        vocabularies.change(telecom.id(), new VocabularyCommand(null, null, telecom.label(), null, true, null, null, telecom.version(), null));
        // the old inspection keeps its field and saves unchanged; a new one may not choose it
        Inspection kept = inspections.correct(i.id(), new InspectionCommand(i.decisionDocId(), i.field(), i.title() + " (sửa)", i.openedOn(),
                null, i.version(), null));
        assertThat(kept.field()).isEqualTo(i.field());
        assertThat(inspections.fieldLabels()).containsEntry(telecom.code(), telecom.label());
        assertThatThrownBy(() -> inspections.record(InspectionCommand.of(decision(), new InspectionField(telecom.code()), unique("Thanh tra"),
                LocalDate.of(2049, 3, 5), null))).isInstanceOf(DomainException.class).hasMessageContaining("đã thôi dùng");
        assertThatThrownBy(() -> inspections.record(InspectionCommand.of(decision(), new InspectionField("Lĩnh vực không có"), unique("Thanh tra"),
                LocalDate.of(2049, 3, 5), null))).isInstanceOf(DomainException.class).hasMessageContaining("không có trong danh mục")
                .hasMessageContaining("Đo lường");
        // last, as it signs in as another user: the inspectorate's list (an administrator of a department not yet set up is sent to the set-up page)
        String page = mvc.perform(get("/inspections").param("year", "2049").with(user(users.loadUserByUsername("thanhtra")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains(telecom.label()).doesNotContain(">" + telecom.code() + "<");

    }

    @Test
    @WithUserDetails("admin")
    void aChannelTheDepartmentAddsIsRecordedLikeAPostWithWhereItAppearedAndCountedByChannel() throws IOException {
        VocabularyEntry social = vocabularies.add(VocabularyCommand.of(VocabularyList.OUTREACH_CHANNEL, null, unique("Mạng xã hội"), null, null));
        Channel channel = new Channel(social.code());
        IndicatorValue before = figure("outreach.items");
        long postsBefore = figure("outreach.newsPosts").value();
        assertThatThrownBy(() -> outreach.record(OutreachCommand.of(channel, unique("Bài trên mạng xã hội"), LocalDate.of(2049, 4, 1), null, null,
                null, null))).isInstanceOf(DomainException.class).hasMessageContaining("nơi đăng");
        OutreachItem item = outreach.record(OutreachCommand.of(channel, unique("Bài trên mạng xã hội"), LocalDate.of(2049, 4, 1),
                "Trang Facebook của Sở", null, null, null));
        assertThat(item.place()).isEqualTo("Trang Facebook của Sở");

        // the spreadsheet takes the channel by its label, and its place in the site column
        String title = unique("Video ngắn giới thiệu mô hình");
        Path file = Workbooks.fill(imports.template("outreach"), "Tuyen truyen", List.<Object[]>of(
                new Object[] {social.label(), title, LocalDate.of(2049, 4, 2), "Kênh video của Sở", null, null, null}), dir.resolve("tt.xlsx"));
        ImportOutcome out = imports.importFile(file, "tt.xlsx", "outreach");
        assertThat(out.errors()).isEmpty();
        assertThat(out.added()).isOne();
        assertThat(outreach.findPublished(channel, title, LocalDate.of(2049, 4, 2), "Kênh video của Sở")).isPresent();

        IndicatorValue after = figure("outreach.items");
        assertThat(after.value()).isEqualTo(before.value() + 2);
        assertThat(part(after, "channel", social.code())).isEqualTo(part(before, "channel", social.code()) + 2);
        assertThat(catalogue.find("outreach.items").orElseThrow().labels("channel")).containsEntry(social.code(), social.label());
        // the national figures keep counting their own channel only
        assertThat(figure("outreach.newsPosts").value()).isEqualTo(postsBefore);
        assertThat(vocabularies.uses(vocabularies.find(VocabularyList.OUTREACH_CHANNEL, social.code()).orElseThrow())).isEqualTo(2);
    }

    @Test
    @WithUserDetails("admin")
    void anAdvisoryCouncilIsFormedByItsLabelAndCountedApartInTheCouncilsHeld() {
        TaskFacts t = tasks.record(TaskCommand.of("HDTV-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 1_000_000, unique("Nhiệm vụ tư vấn"),
                TaskKind.RESEARCH, TaskLevel.PROVINCIAL, null, 2049, null, "Người thử (demo)", "Nông nghiệp", 24, "Tỉnh thử"));
        IndicatorValue before = figure("tasks.councilsHeld");
        tasks.formCouncil(t.id(), new CouncilCommand(new CouncilKind("hội đồng tư vấn xác định nhiệm vụ"), LocalDate.of(2049, 1, 10),
                LocalDate.of(2049, 1, 20), "Đề xuất đặt hàng", null, List.of(new CouncilMember("Người B (demo)", "Chủ tịch")), null));
        assertThat(tasks.get(t.id()).councils()).extracting(c -> c.kind()).containsExactly(CouncilKind.ADVISORY);

        IndicatorValue after = figure("tasks.councilsHeld");
        assertThat(part(after, "kind", "ADVISORY")).isEqualTo(part(before, "kind", "ADVISORY") + 1);
        assertThat(part(after, "kind", "ACCEPTANCE")).isEqualTo(part(before, "kind", "ACCEPTANCE"));
        assertThat(catalogue.find("tasks.councilsHeld").orElseThrow().labels("kind")).containsEntry("ADVISORY", "Hội đồng tư vấn xác định nhiệm vụ");
        assertThatThrownBy(() -> tasks.formCouncil(t.id(), new CouncilCommand(new CouncilKind("Hội đồng không có"), LocalDate.of(2049, 2, 1),
                null, null, null, List.of(new CouncilMember("Người C (demo)", "Chủ tịch")), null))).isInstanceOf(DomainException.class)
                .hasMessageContaining("Hội đồng nghiệm thu");
    }
}
