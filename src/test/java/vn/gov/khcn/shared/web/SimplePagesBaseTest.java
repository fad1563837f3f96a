package vn.gov.khcn.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimplePagesBaseTest {
    @Test
    void pairsGiveTheAddressAMapOfTheSameFiltersGives() {
        Map<String, Object> f = new HashMap<>();
        f.put("q", "nông nghiệp");
        f.put("year", 2025);
        f.put("kind", null);
        assertThat(SimplePages.base("/technology/marks", "q", "nông nghiệp", "year", 2025, "kind", null))
                .isEqualTo(SimplePages.base("/technology/marks", f));
    }

    @Test
    void aFilterWithoutValueIsLeftOut() {
        assertThat(SimplePages.base("/plans", "year", 2025, "code", null)).isEqualTo("/plans?year=2025");
        assertThat(SimplePages.base("/plans", "year", null)).isEqualTo("/plans");
    }

    @Test
    void aNameWithoutValueIsRefused() {
        assertThatThrownBy(() -> SimplePages.base("/plans", "year")).isInstanceOf(IllegalArgumentException.class);
    }
}
