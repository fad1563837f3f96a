package vn.gov.khcn.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Unit;

/** The radiation registers' rules that need no database. */
class RadiationRulesTest {
    static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);

    static Licence licence(LocalDate issuedOn, LocalDate expiresOn) {
        return new Licence(1, 1, "Trung tâm Y tế huyện Hòa An", "01/GP-SKHCN", issuedOn, expiresOn, null, Unit.TECHNOLOGY, 0);
    }

    static Dossier dossier(LocalDate resolvedOn, DossierOutcome outcome) {
        return new Dossier(1, 1, "Trung tâm Y tế huyện Hòa An", "Hồ sơ gia hạn giấy phép", RECEIVED, resolvedOn, outcome,
                Dossier.daysTaken(RECEIVED, resolvedOn), Unit.TECHNOLOGY, 0);
    }

    @Test
    void aLicenceExpiresAfterTheDayItIsIssued() {
        assertThatThrownBy(() -> Licence.checkTerm(RECEIVED, RECEIVED)).isInstanceOf(DomainException.class)
                .hasMessageContaining("phải sau ngày cấp (01/03/2024)");
        assertThatThrownBy(() -> Licence.checkTerm(RECEIVED, RECEIVED.minusDays(1))).isInstanceOf(DomainException.class);
        assertThatCode(() -> Licence.checkTerm(RECEIVED, RECEIVED.plusDays(1))).doesNotThrowAnyException();
    }

    @Test
    void aLicenceIsDueWhenItHasExpiredOrExpiresWithinTheDays() {
        LocalDate today = LocalDate.of(2024, 6, 1);
        assertThat(licence(RECEIVED, today.minusDays(1)).expiresWithin(today, 30)).isTrue();
        assertThat(licence(RECEIVED, today.plusDays(30)).expiresWithin(today, 30)).isTrue();
        assertThat(licence(RECEIVED, today.plusDays(31)).expiresWithin(today, 30)).isFalse();
    }

    @Test
    void aResolutionComesOnOrAfterReceiptAndNamesItsOutcome() {
        assertThatThrownBy(() -> Dossier.checkResolution(RECEIVED, RECEIVED.minusDays(1), DossierOutcome.LICENSED))
                .isInstanceOf(DomainException.class).hasMessageContaining("không được trước ngày nhận");
        assertThatThrownBy(() -> Dossier.checkResolution(RECEIVED, RECEIVED.plusDays(3), null))
                .isInstanceOf(DomainException.class).hasMessageContaining("cần chọn kết quả");
        assertThatThrownBy(() -> Dossier.checkResolution(RECEIVED, null, DossierOutcome.REFUSED))
                .isInstanceOf(DomainException.class).hasMessageContaining("cần nhập ngày giải quyết");
        assertThatCode(() -> Dossier.checkResolution(RECEIVED, null, null)).doesNotThrowAnyException();
        assertThatCode(() -> Dossier.checkResolution(RECEIVED, RECEIVED, DossierOutcome.REFUSED)).doesNotThrowAnyException();
    }

    @Test
    void theDaysADossierTookAreCountedFromReceiptToResolution() {
        assertThat(Dossier.daysTaken(RECEIVED, LocalDate.of(2024, 3, 12))).isEqualTo(11);
        assertThat(Dossier.daysTaken(RECEIVED, RECEIVED)).isZero();
        assertThat(Dossier.daysTaken(RECEIVED, null)).isNull();
    }

    @Test
    void reportsCountADossierByItsResolutionOnly() {
        assertThat(dossier(null, null).reportDates()).isEmpty();
        assertThat(dossier(null, null).resolved()).isFalse();
        assertThat(dossier(LocalDate.of(2024, 3, 20), DossierOutcome.RENEWED).reportDates()).containsExactly(LocalDate.of(2024, 3, 20));
    }

    @Test
    void aJobIsNamedByItsMachineOrItsRoom() {
        XrayJob machine = new XrayJob(1, XrayJobKind.MACHINE_VERIFICATION, 1, "Trung tâm Y tế huyện Hòa An", 7L, "XQ-011-CB", null,
                LocalDate.of(2021, 5, 18), XrayResult.PASS, null, Unit.CENTRE, 0);
        XrayJob room = new XrayJob(2, XrayJobKind.ROOM_CHECK, 1, "Trung tâm Y tế huyện Hòa An", null, null, "Phòng X-quang số 2",
                LocalDate.of(2021, 5, 18), XrayResult.FAIL, null, Unit.CENTRE, 0);
        assertThat(machine.label()).isEqualTo("Kiểm định máy X-quang (Máy XQ-011-CB) tại Trung tâm Y tế huyện Hòa An ngày 18/05/2021");
        assertThat(room.subject()).isEqualTo("Phòng X-quang số 2");
        assertThat(XrayJobKind.MACHINE_VERIFICATION.onMachine()).isTrue();
        assertThat(XrayJobKind.ROOM_CHECK.onMachine()).isFalse();
        assertThat(room.reportDates()).containsExactly(LocalDate.of(2021, 5, 18));
    }
}
