package vn.gov.khcn.metrology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.testing.Concurrently;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/**
 * The verification register: the next due date it computes, one verification of a serial a day (one by one, in a
 * batch, and when twenty clerks save the same one at once), versions required, the due list, its pages and API.
 */
class VerificationRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends VerificationRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends VerificationRegisterContract {
    }
}

abstract class VerificationRegisterContract {
    @Autowired
    Verifications verifications;
    @Autowired
    Metrology metrology;
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /** The unit's clerk, signed in for a page or API request. */
    org.springframework.test.web.servlet.request.RequestPostProcessor clerk() {
        return user(accounts.loadUserByUsername("trungtam"));
    }

    static String serial(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long owner() {
        return organisations.findByName("Trung tâm Y tế huyện Hòa An").orElseThrow().id();
    }

    VerificationCommand verified(String type, String serial, LocalDate on, VerificationResult r) {
        return VerificationCommand.of(type, serial, owner(), on, VerificationKind.PERIODIC, r, r == VerificationResult.PASS ? "TEM-" + serial : null,
                "Người thử (demo)");
    }

    @Test
    @WithUserDetails("trungtam")
    void theNextDueDateIsTheDayPlusTheTypesIntervalForAPassOnly() {
        assertThat(verifications.record(verified("CAN_PHAN_TICH", serial("T-DUE"), LocalDate.of(2024, 3, 10), VerificationResult.PASS))
                .nextDueOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(verifications.record(verified("TAXIMET", serial("T-DUE"), LocalDate.of(2024, 1, 31), VerificationResult.PASS))
                .nextDueOn()).isEqualTo(LocalDate.of(2025, 7, 31));
        Verification failed = verifications.record(verified("DONG_HO_NUOC", serial("T-DUE"), LocalDate.of(2024, 5, 2), VerificationResult.FAIL));
        assertThat(failed.nextDueOn()).isNull();
        Verification repaired = verifications.correct(failed.id(), new VerificationCommand("DONG_HO_NUOC", failed.serial(), owner(),
                failed.verifiedOn(), VerificationKind.AFTER_REPAIR, VerificationResult.PASS, "TEM-X", null, failed.version(), null));
        assertThat(repaired.nextDueOn()).isEqualTo(LocalDate.of(2029, 5, 2));
        assertThat(repaired.version()).isEqualTo(failed.version() + 1);
        assertThat(jdbc.sql("select action from audit_log where entity_type = 'verification' and entity_id = :id order by id")
                .param("id", failed.id()).query(String.class).list()).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void twentyClerksRecordingTheSameVerificationAtOnceStoreItOnce() {
        String serial = serial("T-CONC");
        long owner = owner();
        List<Concurrently.Outcome<Verification>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("trungtam"),
                n -> verifications.record(VerificationCommand.of("CAN_KY_THUAT", serial, owner, LocalDate.of(2024, 6, 3),
                        VerificationKind.PERIODIC, VerificationResult.PASS, "TEM-" + n, null)));
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(19).allSatisfy(o -> assertThat(o.error())
                .isInstanceOf(DomainException.class).hasMessageContaining(serial).hasMessageContaining("03/06/2024"));
        assertThat(jdbc.sql("select count(*) from verification where serial = :s").param("s", serial).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("trungtam")
    void aSerialVerifiedTwiceOnADayIsRefusedOneByOneAndInABatch() {
        String serial = serial("T-DUP");
        verifications.record(verified("CAN_KY_THUAT", serial, LocalDate.of(2024, 6, 1), VerificationResult.PASS));
        assertThatThrownBy(() -> verifications.record(verified("CAN_KY_THUAT", serial, LocalDate.of(2024, 6, 1), VerificationResult.FAIL)))
                .isInstanceOf(DomainException.class).hasMessageContaining(serial).hasMessageContaining("01/06/2024");
        assertThatThrownBy(() -> verifications.recordAll(List.of(verified("CAN_KY_THUAT", serial + "-B", LocalDate.of(2024, 6, 2), VerificationResult.PASS),
                verified("CAN_KY_THUAT", serial, LocalDate.of(2024, 6, 1), VerificationResult.PASS))))
                .isInstanceOf(DomainException.class).hasMessageContaining(serial);
        assertThatThrownBy(() -> verifications.recordAll(List.of(verified("CAN_KY_THUAT", serial + "-C", LocalDate.of(2024, 6, 2), VerificationResult.PASS),
                verified("CAN_KY_THUAT", serial + "-C", LocalDate.of(2024, 6, 2), VerificationResult.PASS))))
                .isInstanceOf(DomainException.class).hasMessageContaining("Dòng 2");
        assertThat(verifications.search(VerificationQuery.serial(serial + "-B"), 0, 10).total()).isZero();
        // a correction onto another record's serial and day is refused as well
        Verification other = verifications.record(verified("CAN_KY_THUAT", serial, LocalDate.of(2024, 6, 5), VerificationResult.PASS));
        assertThatThrownBy(() -> verifications.correct(other.id(), new VerificationCommand("CAN_KY_THUAT", serial, owner(), LocalDate.of(2024, 6, 1),
                VerificationKind.PERIODIC, VerificationResult.PASS, "TEM", null, other.version(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("01/06/2024");
    }

    @Test
    @WithUserDetails("trungtam")
    void aBatchIsValidatedAsOneRecordIsAndAuditedPerRecord() {
        String serial = serial("T-BATCH");
        int n = verifications.recordAll(List.of(verified("HUYET_AP_KE", serial + "-1", LocalDate.of(2024, 2, 1), VerificationResult.PASS),
                verified("HUYET_AP_KE", serial + "-2", LocalDate.of(2024, 2, 1), VerificationResult.FAIL)));
        assertThat(n).isEqualTo(2);
        Verification v = verifications.search(VerificationQuery.serial(serial + "-1"), 0, 1).items().get(0);
        assertThat(v.nextDueOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'verification' and entity_id = :id and username = 'trungtam'")
                .param("id", v.id()).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> verifications.recordAll(List.of(verified("KHONG_CO", serial + "-3", LocalDate.of(2024, 2, 1),
                VerificationResult.PASS)))).isInstanceOf(DomainException.class).hasMessageContaining("loại phương tiện đo");
    }

    @Test
    @WithUserDetails("tdc")
    void otherUnitsCannotRecordVerifications() {
        assertThatThrownBy(() -> verifications.record(verified("CAN_BAN", serial("T-ACC"), LocalDate.of(2024, 1, 5), VerificationResult.PASS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> verifications.recordAll(List.of(verified("CAN_BAN", serial("T-ACC"), LocalDate.of(2024, 1, 5),
                VerificationResult.PASS)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("trungtam")
    void aCorrectionWithoutTheVersionItWasMadeFromIsRefusedAndAStaleOneShowsTheRecordNow() throws Exception {
        Verification v = verifications.record(verified("CAN_BAN", serial("T-VER"), LocalDate.of(2024, 4, 2), VerificationResult.PASS));
        String body = "{\"typeCode\":\"CAN_BAN\",\"serial\":\"" + v.serial() + "\",\"ownerId\":" + owner() + ",\"verifiedOn\":\"2024-04-02\","
                + "\"kind\":\"PERIODIC\",\"result\":\"PASS\",\"stampNo\":\"TEM-SUA\"";
        mvc.perform(put("/api/metrology/verifications/" + v.id()).with(clerk()).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body + "}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/metrology/verifications/" + v.id()).with(clerk()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body + ",\"version\":" + (v.version() + 3) + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.current.stampNo").value(v.stampNo()));
        mvc.perform(put("/api/metrology/verifications/" + v.id()).with(clerk()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"" + v.version() + "\"").content(body + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stampNo").value("TEM-SUA"));
    }

    @Test
    @WithUserDetails("trungtam")
    void theDueListShowsAnOverdueInstrumentUntilItPassesAgain() throws Exception {
        String serial = serial("T-OVERDUE");
        // older than anything other tests add to the shared database, so it heads the (limited, oldest-first) page
        Verification old = verifications.record(verified("CAN_PHAN_TICH", serial, LocalDate.of(2010, 1, 4), VerificationResult.PASS));
        List<DueInstrument> due = metrology.due(30, 500);
        assertThat(due).anySatisfy(d -> {
            assertThat(d.serial()).isEqualTo(serial);
            assertThat(d.overdue()).isTrue();
        });
        // the demo data has overdue instruments of its own (2019–2020 verifications not renewed)
        assertThat(due).anyMatch(d -> d.serial().contains("-19-") && d.overdue());
        mvc.perform(get("/due").with(clerk()).param("unit", "CENTRE")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/metrology/verifications/" + old.id())))
                .andExpect(content().string(Matchers.containsString("Quá hạn")));
        // the page request ended the test's security context: the clerk signs in again for the later pass
        var clerk = accounts.loadUserByUsername("trungtam");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(clerk, null, clerk.getAuthorities()));
        verifications.record(verified("CAN_PHAN_TICH", serial, LocalDate.now().minusDays(1), VerificationResult.PASS));
        assertThat(metrology.due(30, 5000)).noneMatch(d -> d.serial().equals(serial));
    }

    @Test
    @WithUserDetails("trungtam")
    void anInstrumentWhoseLatestVerificationFailedIsOutOfUseAndLeavesTheDueListUntilItPassesAgain() {
        String serial = serial("T-FAILED");
        Verification passed = verifications.record(verified("CAN_KY_THUAT", serial, LocalDate.of(2011, 5, 2), VerificationResult.PASS));
        long before = metrology.dueCount(30);
        assertThat(metrology.due(30, 5000)).extracting(DueInstrument::verificationId).contains(passed.id());

        Verification failed = verifications.record(verified("CAN_KY_THUAT", serial, LocalDate.of(2012, 5, 2), VerificationResult.FAIL));
        assertThat(metrology.due(30, 5000)).noneMatch(d -> d.serial().equals(serial));
        assertThat(metrology.dueCount(30)).isEqualTo(before - 1);
        assertThat(jdbc.sql("select superseded from verification where id = :id").param("id", passed.id()).query(Boolean.class).single()).isTrue();

        // the failing verification was entered on the wrong serial: corrected, the instrument is in use again
        VerificationCommand moved = verified("CAN_KY_THUAT", serial + "-B", failed.verifiedOn(), VerificationResult.FAIL);
        verifications.correct(failed.id(), new VerificationCommand(moved.typeCode(), moved.serial(), moved.ownerId(), moved.verifiedOn(),
                moved.kind(), moved.result(), moved.stampNo(), moved.performedBy(), failed.version(), null));
        assertThat(metrology.due(30, 5000)).filteredOn(d -> d.serial().equals(serial)).extracting(DueInstrument::verificationId)
                .containsExactly(passed.id());
        assertThat(metrology.dueCount(30)).isEqualTo(before);

        // repaired and passed again: listed with the new pass's due date (1 year for a technical scale)
        Verification repaired = verifications.record(verified("CAN_KY_THUAT", serial, LocalDate.of(2013, 1, 7), VerificationResult.PASS));
        assertThat(metrology.due(30, 5000)).filteredOn(d -> d.serial().equals(serial)).extracting(DueInstrument::nextDueOn)
                .containsExactly(LocalDate.of(2014, 1, 7));
        assertThat(repaired.nextDueOn()).isEqualTo(LocalDate.of(2014, 1, 7));
    }

    @Test
    @WithUserDetails("trungtam")
    void aCorrectionThatTakesTheLaterPassAwayBringsTheInstrumentBackToTheDueList() {
        String serial = serial("T-SUPERSEDED");
        Verification first = verifications.record(verified("CAN_PHAN_TICH", serial, LocalDate.of(2011, 3, 1), VerificationResult.PASS));
        Verification later = verifications.record(verified("CAN_PHAN_TICH", serial, LocalDate.of(2012, 3, 1), VerificationResult.PASS));
        assertThat(metrology.due(30, 5000)).filteredOn(d -> d.serial().equals(serial)).extracting(DueInstrument::verificationId)
                .containsExactly(later.id());

        VerificationCommand other = verified("CAN_PHAN_TICH", serial + "-B", later.verifiedOn(), VerificationResult.PASS);
        verifications.correct(later.id(), new VerificationCommand(other.typeCode(), other.serial(), other.ownerId(), other.verifiedOn(),
                other.kind(), other.result(), other.stampNo(), other.performedBy(), later.version(), null));

        assertThat(metrology.due(30, 5000)).filteredOn(d -> d.serial().startsWith(serial)).extracting(DueInstrument::verificationId)
                .containsExactlyInAnyOrder(first.id(), later.id());
    }

    @Test
    @WithUserDetails("trungtam")
    void theListPageAndTheApiFilterByTypeAndYear() throws Exception {
        var page = verifications.search(VerificationQuery.of("TAXIMET", 2021), 0, 25);
        assertThat(page.items()).hasSize(25).allMatch(v -> v.typeCode().equals("TAXIMET") && v.verifiedOn().getYear() == 2021);
        assertThat(page.items().get(0).verifiedOn()).isAfterOrEqualTo(page.items().get(24).verifiedOn());
        mvc.perform(get("/metrology/verifications").with(clerk()).param("type", "TAXIMET").param("year", "2021")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/exchange/export/verifications.xlsx?type=TAXIMET&amp;year=2021")));
        mvc.perform(get("/api/metrology/verifications").with(clerk()).param("type", "TAXIMET").param("year", "2021").param("size", "20"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.total").value(page.total()));
    }

    @Test
    @WithUserDetails("trungtam")
    void theFormRecordsAVerificationAndItsPageShowsWhatTheRegisterComputed() throws Exception {
        String serial = serial("T-FORM");
        String saved = mvc.perform(post("/metrology/verifications").with(clerk()).with(csrf()).param("typeCode", "TAXIMET").param("serial", serial)
                        .param("ownerId", String.valueOf(owner())).param("verifiedOn", "2024-01-31").param("kind", "PERIODIC")
                        .param("result", "PASS").param("stampNo", "TEM-F"))
                .andExpect(redirectedUrlPattern("/metrology/verifications/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(saved).with(clerk())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hạn kiểm định tiếp theo (hệ thống tính)")))
                .andExpect(content().string(Matchers.containsString("31/07/2025")));
        // the same serial and day again: the form comes back with the rule's message next to the serial
        mvc.perform(post("/metrology/verifications").with(clerk()).with(csrf()).param("typeCode", "TAXIMET").param("serial", serial)
                        .param("ownerId", String.valueOf(owner())).param("verifiedOn", "2024-01-31").param("kind", "PERIODIC")
                        .param("result", "PASS").param("stampNo", "TEM-G"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("đã có bản ghi kiểm định ngày 31/01/2024")));
    }

    @Test
    @WithUserDetails("trungtam")
    void theApiRefusesAnInvalidVerificationWithProblemDetails() throws Exception {
        mvc.perform(post("/api/metrology/verifications").with(clerk()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"typeCode\":\"CAN_PHAN_TICH\",\"ownerId\":" + owner() + ",\"verifiedOn\":\"2024-01-02\","
                                + "\"kind\":\"PERIODIC\",\"result\":\"PASS\",\"stampNo\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.field").value("serial"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("số hiệu")));
        mvc.perform(post("/api/metrology/verifications").with(clerk()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"typeCode\":\"CAN_PHAN_TICH\",\"serial\":\"T-API\",\"ownerId\":" + owner() + ",\"verifiedOn\":\"02/01/2024\"}"))
                .andExpect(status().isBadRequest());
    }
}
