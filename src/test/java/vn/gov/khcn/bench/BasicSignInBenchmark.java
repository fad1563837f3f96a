package vn.gov.khcn.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.gov.khcn.identity.web.RememberedPasswords;

/**
 * HTTP Basic sign-in benchmark (not a test): N API calls' {@code Authorization: Basic} headers through Spring Security's
 * {@link BasicAuthenticationFilter} and a {@link DaoAuthenticationProvider}, first with the application's encoder alone
 * (bcrypt, cost 10, on every call), then with it wrapped in {@link RememberedPasswords} (decision 0024), in the same
 * run, after a warm-up of each; prints median, p90 and mean per call and the bcrypt checks. The account is in memory:
 * the database lookup of the account and the rest of the request are the same with and without, and left out.
 * See docs/benchmarks.md. Arguments: [calls=200] [warmup=20].
 */
public final class BasicSignInBenchmark {
    private BasicSignInBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String header = "Basic " + Base64.getEncoder().encodeToString("qlkh:matkhau12345".getBytes(StandardCharsets.UTF_8));
        var users = new InMemoryUserDetailsManager(User.withUsername("qlkh").password(bcrypt.encode("matkhau12345")).roles("OFFICE").build());
        System.out.printf("%d Basic sign-ins after %d warm-up, each way%n", calls, warmup);

        double[] every = run(new BasicAuthenticationFilter(manager(users, bcrypt)), header, calls, warmup);
        var remembered = new RememberedPasswords(bcrypt, RememberedPasswords.DEFAULT_TTL, RememberedPasswords.DEFAULT_MAX_ENTRIES,
                Clock.systemUTC());
        double[] once = run(new BasicAuthenticationFilter(manager(users, remembered)), header, calls, warmup);
        print("before: bcrypt on every call    ", every);
        print("after:  matching pair remembered", once);
        System.out.printf("bcrypt checks with the memory: %d for %d calls%n", remembered.checks(), calls + warmup);
        System.out.printf("speed-up (mean): %.0f×%n", stats(every)[2] / stats(once)[2]);
    }

    private static ProviderManager manager(InMemoryUserDetailsManager users, PasswordEncoder encoder) {
        var p = new DaoAuthenticationProvider(users);
        p.setPasswordEncoder(encoder);
        return new ProviderManager(p);
    }

    private static double[] run(BasicAuthenticationFilter filter, String header, int calls, int warmup) throws Exception {
        double[] ms = new double[calls];
        for (int i = -warmup; i < calls; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/organisations");
            request.addHeader("Authorization", header);
            MockHttpServletResponse response = new MockHttpServletResponse();
            long t = System.nanoTime();
            filter.doFilter(request, response, new MockFilterChain());
            double took = (System.nanoTime() - t) / 1e6;
            if (response.getStatus() != 200 || SecurityContextHolder.getContext().getAuthentication() == null) {
                throw new IllegalStateException("sign-in refused: " + response.getStatus());
            }
            SecurityContextHolder.clearContext();
            if (i >= 0) {
                ms[i] = took;
            }
        }
        return ms;
    }

    private static void print(String label, double[] ms) {
        double[] s = stats(ms);
        System.out.printf("%s  median %8.3f ms  p90 %8.3f ms  mean %8.3f ms%n", label, s[0], s[1], s[2]);
    }

    /** median, p90 (nearest rank), mean. */
    private static double[] stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p90 = sorted[Math.min(n - 1, (int) Math.ceil(0.9 * n) - 1)];
        return new double[] {median, p90, Arrays.stream(ms).average().orElse(0)};
    }
}
