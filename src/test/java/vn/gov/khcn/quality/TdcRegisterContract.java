package vn.gov.khcn.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.gov.khcn.identity.UserAccounts;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.testing.Concurrently;

/** What the TĐC register tests share: the demo's TĐC clerk, organisations of a test's own, twenty clerks saving at once. */
abstract class TdcRegisterContract {
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /** The TĐC clerk, signed in for a page or API request. */
    RequestPostProcessor clerk() {
        return user(accounts.loadUserByUsername("tdc"));
    }

    /** An organisation of this test alone, in Hòa An. */
    long organisation(String name, OrganisationKind kind) {
        return organisations.findOrCreate(name + " " + UUID.randomUUID(), kind, "Hòa An").id();
    }

    /** Twenty TĐC clerks save the same record at once: one is stored, the nineteen others are told it is there ({@code told}). */
    <T> void twentyAtOnceStoreOne(IntFunction<T> save, String... told) {
        List<Concurrently.Outcome<T>> outcomes = Concurrently.run(20, accounts.loadUserByUsername("tdc"), save);
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(19).allSatisfy(o -> assertThat(o.error())
                .isInstanceOf(DomainException.class).hasMessageContainingAll(told));
    }
}
