package vn.gov.khcn.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.gov.khcn.organisations.OrganisationKind;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.VersionRequiredException;
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/** The register of national quality award dossiers: one dossier of an enterprise an award year, also under concurrency. */
class AwardDossierRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends AwardDossierRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends AwardDossierRegisterContract {
    }
}

abstract class AwardDossierRegisterContract extends TdcRegisterContract {
    @Autowired
    AwardDossiers dossiers;

    long enterprise() {
        return organisation("Công ty giải thưởng thử", OrganisationKind.ENTERPRISE);
    }

    @Test
    @WithUserDetails("tdc")
    void twentyClerksRecordingTheSameDossierAtOnceStoreItOnce() {
        long e = enterprise();
        twentyAtOnceStoreOne(n -> dossiers.record(AwardDossierCommand.of(e, 2024, LocalDate.of(2024, 9, 1).plusDays(n), null)),
                "năm 2024", "đã có trong sổ");
        assertThat(jdbc.sql("select count(*) from award_dossier where enterprise_id = :e").param("e", e).query(Long.class).single()).isOne();
    }

    @Test
    @WithUserDetails("tdc")
    void theAwardYearIsTheYearOfForwardingUnlessGivenAndACorrectionNeedsTheVersion() {
        long e = enterprise();
        AwardDossier d = dossiers.record(AwardDossierCommand.of(e, null, LocalDate.of(2024, 10, 2), null));
        assertThat(d.awardYear()).isEqualTo(2024);
        assertThat(dossiers.record(AwardDossierCommand.of(e, 2025, LocalDate.of(2024, 12, 20), null)).awardYear()).isEqualTo(2025);
        assertThatThrownBy(() -> dossiers.correct(d.id(), new AwardDossierCommand(e, 2025, d.forwardedOn(), null, d.version(), null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("năm 2025");
        assertThatThrownBy(() -> dossiers.correct(d.id(), new AwardDossierCommand(e, 2024, d.forwardedOn(), "Bổ sung", null, null)))
                .isInstanceOf(VersionRequiredException.class);
        assertThat(dossiers.correct(d.id(), new AwardDossierCommand(e, 2024, d.forwardedOn(), "Bổ sung", d.version(), null)).notes())
                .isEqualTo("Bổ sung");
        assertThat(dossiers.search(new AwardDossierQuery(2025))).anyMatch(x -> x.enterpriseId() == e).allMatch(x -> x.awardYear() == 2025);
    }
}
