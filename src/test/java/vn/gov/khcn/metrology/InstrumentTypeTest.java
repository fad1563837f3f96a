package vn.gov.khcn.metrology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the verification register computes and filters by, without a database. */
class InstrumentTypeTest {
    static final InstrumentType TAXIMET = new InstrumentType("TAXIMET", "Taximet", 18);

    @Test
    void aPassFallsDueAfterTheTypesIntervalAFailNever() {
        assertThat(TAXIMET.nextDue(LocalDate.of(2024, 1, 31), VerificationResult.PASS)).isEqualTo(LocalDate.of(2025, 7, 31));
        // the interval is counted in months: the last day of a shorter month when the day does not exist
        assertThat(new InstrumentType("CAN", "Cân", 1).nextDue(LocalDate.of(2024, 1, 31), VerificationResult.PASS))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(TAXIMET.nextDue(LocalDate.of(2024, 1, 31), VerificationResult.FAIL)).isNull();
    }

    @Test
    void theListFiltersOnlyByWhatIsGivenAndBlanksAreNoFilter() {
        VerificationQuery q = new VerificationQuery(" ", 2021, null, 7L, "  ", null, LocalDate.of(2021, 9, 16));
        assertThat(q.type()).isNull();
        assertThat(q.serial()).isNull();
        Map<String, Object> params = new LinkedHashMap<>();
        assertThat(Verifications.where(q, params)).isEqualTo(" where 1 = 1 and v.verified_on >= :ys and v.verified_on < :ye"
                + " and v.verified_on <= :dt and v.owner_id = :o");
        assertThat(params).containsEntry("ys", LocalDate.of(2021, 1, 1)).containsEntry("ye", LocalDate.of(2022, 1, 1))
                .containsEntry("o", 7L).hasSize(4);
        assertThat(Verifications.where(VerificationQuery.ALL, new LinkedHashMap<>())).isEqualTo(" where 1 = 1");
    }
}
