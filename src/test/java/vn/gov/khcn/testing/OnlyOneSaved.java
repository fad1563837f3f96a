package vn.gov.khcn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import vn.gov.khcn.shared.DomainException;

/** What clerks saving the same record at once ({@link Concurrently}) must get: one saved, every other refused as already there. */
public final class OnlyOneSaved {
    private OnlyOneSaved() {
    }

    public static void among(List<? extends Concurrently.Outcome<?>> outcomes) {
        assertThat(outcomes).filteredOn(Concurrently.Outcome::ok).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.ok()).hasSize(outcomes.size() - 1).allSatisfy(o -> assertThat(o.error())
                .isInstanceOf(DomainException.class).satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("đã có")));
    }
}
