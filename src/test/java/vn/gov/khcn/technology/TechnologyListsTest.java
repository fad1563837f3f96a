package vn.gov.khcn.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** The technology and IP lists filter as their pages say, every page renders, and only the unit writes. */
class TechnologyListsTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends TechnologyListsContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends TechnologyListsContract {
    }
}

abstract class TechnologyListsContract {
    @Autowired
    Appraisals appraisals;
    @Autowired
    IpSupportCases supportCases;
    @Autowired
    InitiativeRounds rounds;
    @Autowired
    MockMvc mvc;

    @Test
    void listsFilterByYearAndWordsWithoutDiacritics() {
        assertThat(appraisals.search(new AppraisalQuery(null, 2021), 0, 20).total()).isEqualTo(5);
        assertThat(appraisals.search(new AppraisalQuery("nha may che bien", 2021), 0, 20).total()).isEqualTo(2);
        assertThat(supportCases.search(new IpSupportCaseQuery(null, 2020), 0, 20).total()).isZero();
    }

    @Test
    @WithUserDetails("trungtam")
    void centreStaffCannotRecordAnAppraisal() {
        assertThatThrownBy(() -> appraisals.record(AppraisalCommand.of("Dự án X " + getClass().getSimpleName(), null,
                LocalDate.of(2022, 1, 5), null, null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyListAndRoundPageRenders() throws Exception {
        // the demo's first round of 2021 (other tests add rounds of other years to the shared database)
        long round = rounds.find(2021, 1).orElseThrow().id();
        for (String url : List.of("/technology/appraisals", "/technology/support-cases", "/technology/marks", "/technology/proposals",
                "/technology/plans", "/technology/rounds", "/technology/rounds/" + round)) {
            try {
                mvc.perform(get(url).with(user("giamdoc").roles("DIRECTOR"))).andExpect(status().isOk());
            } catch (Exception | AssertionError e) {
                throw new AssertionError("page " + url + " failed", e);
            }
        }
    }
}
