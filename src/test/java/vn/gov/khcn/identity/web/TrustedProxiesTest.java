package vn.gov.khcn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Forwarded headers count only from a configured proxy, and then the client is read from the right of the chain. */
class TrustedProxiesTest {
    private static HttpServletRequest through(List<String> proxies, String remote, String forwardedFor) throws Exception {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/tasks");
        r.setRemoteAddr(remote);
        r.setServerName("khcn.caobang.gov.vn");
        r.addHeader("X-Forwarded-For", forwardedFor);
        r.addHeader("X-Forwarded-Proto", "https");
        r.addHeader("X-Forwarded-Host", "evil.example");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        TrustedProxies.filter(proxies).doFilter(r, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }

    @Test
    void aClientThatIsNoTrustedProxyCannotNameAnotherAddressOrHost() throws Exception {
        HttpServletRequest r = through(List.of("127.0.0.1"), "10.9.0.1", "6.6.6.6");
        assertThat(r.getRemoteAddr()).isEqualTo("10.9.0.1");
        assertThat(r.getScheme()).isEqualTo("http");
        assertThat(r.getServerName()).isEqualTo("khcn.caobang.gov.vn");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightmostAddressThatIsNoProxy() throws Exception {
        // the client wrote 6.6.6.6 itself; the proxy appended the address it really came from
        HttpServletRequest r = through(List.of("127.0.0.1"), "127.0.0.1", "6.6.6.6, 203.113.1.7");
        assertThat(r.getRemoteAddr()).isEqualTo("203.113.1.7");
        // and the proxy's scheme and host are believed
        assertThat(r.getScheme()).isEqualTo("https");
        assertThat(r.getServerName()).isEqualTo("evil.example");
    }

    @Test
    void onlyAddressesAreAccepted() {
        assertThat(TrustedProxies.parse(" 127.0.0.1, 10.0.0.5 ,")).containsExactly("127.0.0.1", "10.0.0.5");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example")).hasMessageContaining("không phải một địa chỉ IP");
    }

    @Test
    void ipv6ClientsAreCountedByTheirNetwork() {
        assertThat(LoginClient.address("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(LoginClient.address("2001:db8:1:2::9")).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(LoginClient.address("10.9.0.1")).isEqualTo("10.9.0.1");
    }
}
