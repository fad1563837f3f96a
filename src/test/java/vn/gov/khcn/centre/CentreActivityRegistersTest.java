package vn.gov.khcn.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;
import vn.gov.khcn.testing.OneStored;

/** The centre's trainings, gene sources and model work: one record per identity under concurrency, versions, audit, lists. */
class CentreActivityRegistersTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends CentreActivityRegistersContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends CentreActivityRegistersContract {
    }
}

abstract class CentreActivityRegistersContract {
    /** A day no report period of the demo (nor any test's issued report) reaches. */
    static final LocalDate DAY = LocalDate.of(2031, 5, 4);
    @Autowired
    Trainings trainings;
    @Autowired
    GeneSources geneSources;
    @Autowired
    ModelWorks modelWorks;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private static String unique(String s) {
        return s + " " + UUID.randomUUID();
    }

    private long count(String table, String column, String value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :v").param("v", value).query(Long.class).single();
    }

    @Test
    void theSameTrainingGeneSourceOrModelWorkSavedByTwentyClerksAtOnceIsStoredOnce() {
        var staff = accounts.loadUserByUsername("trungtam");
        String course = unique("Kỹ thuật ghép cải tạo vườn cam");
        OneStored.theRestToldItIsThere(Concurrently.run(20, staff, n -> trainings.hold(TrainingCommand.of(course, "xã Đức Long", "Thạch An", DAY, 30))));
        String crop = unique("Mận Tam hoa");
        OneStored.theRestToldItIsThere(Concurrently.run(20, staff, n -> geneSources.keep(GeneSourceCommand.of(crop, DAY, null))));
        String model = unique("Mô hình trồng nghệ đen");
        OneStored.theRestToldItIsThere(Concurrently.run(20, staff, n -> modelWorks.record(ModelWorkCommand.of(model, null, DAY, null))));
        assertThat(count("centre_training", "title", course)).isOne();
        assertThat(count("gene_source", "crop", crop)).isOne();
        assertThat(count("centre_model_work", "title", model)).isOne();
    }

    @Test
    @WithUserDetails("trungtam")
    void geneSourceChangesAreAuditedWithBeforeAndAfter() {
        GeneSource g = geneSources.keep(GeneSourceCommand.of(unique("Quýt Hà Trì"), DAY, null));
        GeneSource until = geneSources.correct(g.id(), new GeneSourceCommand(g.crop(), g.keptSince(), DAY.plusYears(1), g.version(), null));
        var rows = jdbc.sql("select action, before_json, after_json from audit_log where entity_type = 'geneSource' and entity_id = :id order by id")
                .param("id", g.id()).query((rs, n) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3))).list();
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("CREATE", "UPDATE");
        assertThat(rows.get(1).get(1)).contains("\"keptUntil\":null");
        assertThat(rows.get(1).get(2)).contains(DAY.plusYears(1).toString());
        assertThatThrownBy(() -> geneSources.correct(g.id(), new GeneSourceCommand(g.crop(), g.keptSince(), DAY.minusDays(1), until.version(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Ngày thôi lưu giữ phải sau");
    }

    @Test
    @WithUserDetails("trungtam")
    void aCorrectionNeedsTheVersionItWasMadeFrom() {
        Training t = trainings.hold(TrainingCommand.of(unique("Lớp bảo quản quýt"), "xã Lê Lai", "Thạch An", DAY, 32));
        assertThatThrownBy(() -> trainings.correct(t.id(), new TrainingCommand(t.title(), t.commune(), t.district(), t.heldOn(), 33, null, null)))
                .isInstanceOf(VersionRequiredException.class);
        assertThat(trainings.correct(t.id(), new TrainingCommand(t.title(), t.commune(), t.district(), t.heldOn(), 33, t.version(), null))
                .participants()).isEqualTo(33);
        ModelWork w = modelWorks.record(ModelWorkCommand.of(unique("Nuôi cấy mô lan"), "Trung tâm", DAY, null));
        assertThatThrownBy(() -> modelWorks.correct(w.id(), new ModelWorkCommand(w.title(), w.place(), w.datedOn(), "Mô tả", null)))
                .isInstanceOf(VersionRequiredException.class);
        assertThatThrownBy(() -> trainings.hold(TrainingCommand.of(unique("Lớp"), "xã Lê Lai", "Thạch An", DAY, -1)))
                .isInstanceOf(DomainException.class).hasMessageContaining("số không âm");
    }

    @Test
    @WithUserDetails("qlcn")
    void technologyStaffCannotRecordTheCentresWork() {
        assertThatThrownBy(() -> trainings.hold(TrainingCommand.of(unique("Lớp"), "xã Lê Lai", "Thạch An", DAY, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> geneSources.keep(GeneSourceCommand.of(unique("Giống"), DAY, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> modelWorks.record(ModelWorkCommand.of(unique("Mô hình"), null, DAY, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void listsFilterByTextYearAndTheDayKept() {
        assertThat(geneSources.search(new GeneSourceQuery(null, LocalDate.of(2021, 9, 16)), 0, 50).total()).isEqualTo(17);
        assertThat(geneSources.search(new GeneSourceQuery("cam sanh", LocalDate.of(2019, 1, 1)), 0, 50).total()).isEqualTo(1);
        assertThat(geneSources.search(new GeneSourceQuery("cam sanh", LocalDate.of(2021, 1, 1)), 0, 50).total()).isZero();
        assertThat(trainings.search(new TrainingQuery("  bao quan quyt ", 2021), 0, 20).total()).isEqualTo(2);
        assertThat(modelWorks.search(new ModelWorkQuery("nuoi cay mo", 2021), 0, 20).total()).isEqualTo(2);
    }

    @Test
    void theApiAnswersABadDateAsAProblemDetail() throws Exception {
        mvc.perform(post("/api/centre/trainings").with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Lớp\",\"commune\":\"xã A\",\"district\":\"Hòa An\",\"heldOn\":\"không phải ngày\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"));
        mvc.perform(post("/api/centre/gene-sources").with(httpBasic("trungtam", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"crop\":\"Giống\",\"keptSince\":\"2031-05-04\",\"keptUntil\":\"2031-05-03\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("keptUntil"));
    }

    @Test
    void activityPagesRender() throws Exception {
        long training = jdbc.sql("select min(id) from centre_training").query(Long.class).single();
        long source = jdbc.sql("select min(id) from gene_source").query(Long.class).single();
        long work = jdbc.sql("select min(id) from centre_model_work").query(Long.class).single();
        for (String url : List.of("/centre/trainings", "/centre/trainings?q=qu%C3%BDt&year=2021", "/centre/trainings/new", "/centre/trainings/" + training,
                "/centre/gene-sources", "/centre/gene-sources?on=2021-09-16", "/centre/gene-sources/new", "/centre/gene-sources/" + source,
                "/centre/model-works", "/centre/model-works?year=2021", "/centre/model-works/new", "/centre/model-works/" + work)) {
            mvc.perform(get(java.net.URI.create(url)).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
        }
    }
}
