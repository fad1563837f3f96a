package vn.gov.khcn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import vn.gov.khcn.shared.Unit;

/** Who acts: a KHCN account, or "system" inside an explicit scope; never an administrator by default. */
class CurrentUserTest {
    static final KhcnPrincipal QLKH = new KhcnPrincipal("qlkh", "", "Cán bộ", Role.UNIT_STAFF, Unit.SCIENCE, true, 0);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(Object principal) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    }

    @Test
    void withoutAnyAuthenticationNobodyActsAndNothingIsAnAdministrator() {
        assertThatThrownBy(CurrentUser::get).isInstanceOf(AccessDeniedException.class).hasMessageContaining("Không xác định được người dùng");
        assertThat(CurrentUser.signedIn()).isEmpty();
    }

    @Test
    void anAnonymousRequestIsRefused() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(CurrentUser::get).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPrincipalOfAnotherKindIsRefusedEvenWithTheAdministratorRole() {
        signIn("admin");
        assertThatThrownBy(CurrentUser::get).isInstanceOf(AccessDeniedException.class);
        var token = new OidcIdToken("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "x", "preferred_username", "admin"));
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(
                new DefaultOidcUser(AuthorityUtils.createAuthorityList("ROLE_ADMIN"), token), AuthorityUtils.createAuthorityList("ROLE_ADMIN"), "sso"));
        assertThatThrownBy(CurrentUser::get).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSignedInAccountActsWithItsRoleAndUnit() {
        signIn(QLKH);
        assertThat(CurrentUser.get()).isEqualTo(new CurrentUser("qlkh", Role.UNIT_STAFF, Unit.SCIENCE));
    }

    @Test
    void systemActsOnlyInsideItsScopeAndWhoActedBeforeComesBack() {
        assertThat(CurrentUser.runAsSystem(CurrentUser::get)).isEqualTo(CurrentUser.SYSTEM);
        assertThatThrownBy(CurrentUser::get).isInstanceOf(AccessDeniedException.class);
        signIn(QLKH);
        assertThat(CurrentUser.runAsSystem(CurrentUser::get).username()).isEqualTo("system");
        assertThat(CurrentUser.get().username()).isEqualTo("qlkh");
    }

    @Test
    void workCarriedToAnotherThreadActsAsTheSubmitterEvenAfterTheSubmitterLogsOut() throws Exception {
        signIn(QLKH);
        SecurityContext submitter = SecurityContextHolder.getContext();
        AtomicReference<Object> seen = new AtomicReference<>();
        Runnable work = CurrentUser.carriedInto(() -> seen.set(CurrentUser.signedIn().map(CurrentUser::username).orElse("nobody")));
        submitter.setAuthentication(null); // a logout clears the very context object the request held
        Thread t = new Thread(work);
        t.start();
        t.join();
        assertThat(seen.get()).isEqualTo("qlkh");
        // and a thread with nothing carried acts as nobody
        List<Object> plain = new java.util.ArrayList<>();
        Thread bare = new Thread(() -> plain.add(CurrentUser.signedIn().isPresent()));
        bare.start();
        bare.join();
        assertThat(plain).containsExactly(false);
    }
}
