package vn.gov.khcn.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Fires the same action from many threads at the same moment (all wait at one gate, then go), each signed in as
 * the given user: how the rules that read before they write are tried under concurrency.
 */
public final class Concurrently {
    private Concurrently() {
    }

    /** What one of the threads got: its result, or what it threw. */
    public record Outcome<T>(T result, Throwable error) {
        public boolean ok() {
            return error == null;
        }
    }

    public static <T> List<Outcome<T>> run(int threads, UserDetails user, IntFunction<T> action) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome<>(action.apply(n), null);
                    } catch (RuntimeException | Error e) {
                        return new Outcome<T>(null, e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Outcome<T>> out = new ArrayList<>();
            for (Future<Outcome<T>> f : futures) {
                out.add(f.get(2, TimeUnit.MINUTES));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
