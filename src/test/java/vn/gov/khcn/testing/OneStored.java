package vn.gov.khcn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetails;
import vn.gov.khcn.shared.DomainException;

/**
 * A register's "one record per identity" tried the hard way, after {@link Concurrently#run}: clerks save the same
 * record at the same moment; one is stored, and each of the others is told why it was not.
 */
public final class OneStored {
    public static final int CLERKS = 20;

    private OneStored() {
    }

    /** Exactly one outcome succeeded; every other failed with {@code refusal} saying {@code message}. Returns the stored one. */
    public static <T> T theRestRefused(List<Concurrently.Outcome<T>> outcomes, Class<? extends Throwable> refusal, String message) {
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(outcomes.size() - 1)
                .allSatisfy(o -> assertThat(o.error()).isInstanceOf(refusal).hasMessageContaining(message));
        return outcomes.stream().filter(Concurrently.Outcome::ok).findFirst().orElseThrow().result();
    }

    /** Exactly one outcome succeeded; each of the others was told in Vietnamese that the record is in the register already. */
    public static void theRestToldItIsThere(List<? extends Concurrently.Outcome<?>> outcomes) {
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(outcomes.size() - 1).allSatisfy(o -> assertThat(o.error())
                .isInstanceOf(DomainException.class).satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("đã có")));
    }

    /** Fires {@code save} from {@link #CLERKS} threads at once as {@code user}; {@code stored} counts the records of that identity. */
    public static <T> void twentyAtOnce(UserDetails user, Supplier<T> save, LongSupplier stored) {
        theRestToldItIsThere(Concurrently.run(CLERKS, user, n -> save.get()));
        assertThat(stored.getAsLong()).isOne();
    }
}
