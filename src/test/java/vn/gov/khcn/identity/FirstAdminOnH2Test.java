package vn.gov.khcn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstAdminOnH2Test {
    @Test
    void randomPasswordsAreLongAndDifferent() {
        String a = UserAccounts.randomPassword();
        String b = UserAccounts.randomPassword();
        assertThat(a).hasSizeGreaterThanOrEqualTo(15).isNotEqualTo(b);
        UserAccounts.checkPolicy(a);
    }
}
