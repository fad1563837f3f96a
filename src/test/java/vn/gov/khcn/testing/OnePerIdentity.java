package vn.gov.khcn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.UserDetails;
import vn.gov.khcn.shared.DomainException;

/**
 * A register's "one record per identity" tried the hard way: twenty clerks save the same record at the same moment;
 * one is stored, and each of the others is told in Vietnamese that it is in the register already.
 */
public final class OnePerIdentity {
    public static final int CLERKS = 20;

    private OnePerIdentity() {
    }

    /** Fires {@code save} from {@link #CLERKS} threads at once as {@code user}; {@code stored} counts the records of that identity. */
    public static <T> void twentyAtOnce(UserDetails user, Supplier<T> save, LongSupplier stored) {
        List<Concurrently.Outcome<T>> outcomes = Concurrently.run(CLERKS, user, n -> save.get());
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(CLERKS - 1).allSatisfy(o -> {
            assertThat(o.error()).isInstanceOf(DomainException.class);
            assertThat(o.error().getMessage().toLowerCase()).contains("đã có");
        });
        assertThat(stored.getAsLong()).isOne();
    }
}
