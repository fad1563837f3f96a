package vn.gov.khcn.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.shared.DomainException;

/** The rules of an initiative-recognition round that need no database. */
class InitiativeRoundRulesTest {
    static final LocalDate SUBMITTED = LocalDate.of(2021, 5, 20);
    static final LocalDate DECIDED = LocalDate.of(2021, 6, 25);

    static InitiativeRound round(LocalDate submittedOn, LocalDate decidedOn) {
        return new InitiativeRound(1, 2021, 1, submittedOn, null, decidedOn, null, 0);
    }

    @Test
    void aYearsRoundsAreNumberedOneToTwenty() {
        assertThatThrownBy(() -> InitiativeRound.checkNumber(0)).isInstanceOf(DomainException.class).hasMessageContaining("từ 1 đến 20");
        assertThatThrownBy(() -> InitiativeRound.checkNumber(21)).isInstanceOf(DomainException.class);
        assertThatCode(() -> InitiativeRound.checkNumber(1)).doesNotThrowAnyException();
        assertThatCode(() -> InitiativeRound.checkNumber(20)).doesNotThrowAnyException();
    }

    @Test
    void aRoundIsDecidedOnlyAfterItIsSubmittedAndADecisionHasItsDate() {
        assertThatThrownBy(() -> InitiativeRound.checkDecision(null, DECIDED, null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("phải sau ngày trình");
        assertThatThrownBy(() -> InitiativeRound.checkDecision(DECIDED, SUBMITTED, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> InitiativeRound.checkDecision(SUBMITTED, null, 7L)).isInstanceOf(DomainException.class)
                .hasMessageContaining("cần nhập ngày quyết định");
        assertThatCode(() -> InitiativeRound.checkDecision(SUBMITTED, DECIDED, 7L)).doesNotThrowAnyException();
        assertThatCode(() -> InitiativeRound.checkDecision(SUBMITTED, null, null)).doesNotThrowAnyException();
    }

    @Test
    void reportsCountARoundInThePeriodsOfItsSubmissionAndItsDecision() {
        InitiativeRound decided = round(SUBMITTED, DECIDED);
        assertThat(decided.reportDates()).containsExactly(SUBMITTED, DECIDED);
        assertThat(decided.activeIn(LocalDate.of(2021, 6, 17), LocalDate.of(2021, 7, 16))).isTrue();
        assertThat(decided.activeIn(LocalDate.of(2021, 5, 17), LocalDate.of(2021, 6, 16))).isTrue();
        assertThat(decided.activeIn(LocalDate.of(2021, 7, 17), LocalDate.of(2021, 8, 16))).isFalse();
        assertThat(round(null, null).reportDates()).isEmpty();
        assertThat(round(SUBMITTED, null).label()).isEqualTo("đợt 1 năm 2021");
    }
}
