package vn.gov.khcn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What a register's "one record per identity" looks like after {@link Concurrently#run}: one writer won, the rest were told why. */
public final class OneStored {
    private OneStored() {
    }

    /** Exactly one outcome succeeded; every other failed with {@code refusal} saying {@code message}. */
    public static <T> T theRestRefused(List<Concurrently.Outcome<T>> outcomes, Class<? extends Throwable> refusal, String message) {
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(outcomes.size() - 1)
                .allSatisfy(o -> assertThat(o.error()).isInstanceOf(refusal).hasMessageContaining(message));
        return outcomes.stream().filter(Concurrently.Outcome::ok).findFirst().orElseThrow().result();
    }
}
