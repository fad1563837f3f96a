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
import vn.gov.khcn.testing.OnH2;
import vn.gov.khcn.testing.OnPostgres;

/**
 * The register of guidance given to businesses: one record of a business, a day and a subject. No unique index holds
 * it (the subject is up to 1,000 characters); the register's turn does, also when twenty clerks save at once.
 */
class GuidanceRegisterTest {
    @Nested
    @OnH2
    class OnEmbeddedDatabase extends GuidanceRegisterContract {
    }

    @Nested
    @OnPostgres
    class OnPostgreSql extends GuidanceRegisterContract {
    }
}

abstract class GuidanceRegisterContract extends TdcRegisterContract {
    /** A subject near the column's limit: longer than a portable unique index takes. */
    static final String LONG_SUBJECT = "Ghi nhãn hàng hóa theo Nghị định 43/2017/NĐ-CP và Nghị định 111/2021/NĐ-CP; ".repeat(12).strip();
    @Autowired
    BusinessGuidance guidance;

    long business() {
        return organisation("Công ty hướng dẫn thử", OrganisationKind.ENTERPRISE);
    }

    long stored(long business) {
        return jdbc.sql("select count(*) from business_guidance where business_id = :b").param("b", business).query(Long.class).single();
    }

    @Test
    @WithUserDetails("tdc")
    void twentyClerksRecordingTheSameGuidanceAtOnceStoreItOnce() {
        long b = business();
        assertThat(LONG_SUBJECT.length()).isBetween(900, 1000);
        twentyAtOnceStoreOne(n -> guidance.record(GuidanceCommand.of(b, LocalDate.of(2024, 3, 12), LONG_SUBJECT)), "12/03/2024", "đã có trong sổ");
        assertThat(stored(b)).isOne();
    }

    @Test
    @WithUserDetails("tdc")
    void anotherSubjectOnTheSameDayIsAnotherRecordButACorrectionOntoAnExistingOneIsRefused() {
        long b = business();
        Guidance labels = guidance.record(GuidanceCommand.of(b, LocalDate.of(2024, 4, 9), "Ghi nhãn hàng hóa"));
        Guidance standards = guidance.record(GuidanceCommand.of(b, LocalDate.of(2024, 4, 9), "Công bố tiêu chuẩn áp dụng"));
        assertThat(stored(b)).isEqualTo(2);
        assertThatThrownBy(() -> guidance.correct(standards.id(), new GuidanceCommand(b, labels.guidedOn(), " Ghi nhãn hàng hóa ",
                standards.version(), null))).isInstanceOf(DomainException.class).hasMessageContaining("đã có trong sổ");
        assertThat(guidance.get(standards.id()).subject()).isEqualTo("Công bố tiêu chuẩn áp dụng");
        assertThat(guidance.find(guidance.get(labels.id()).businessName(), labels.guidedOn(), "Ghi nhãn hàng hóa")).map(Guidance::id)
                .contains(labels.id());
    }

    @Test
    @WithUserDetails("tdc")
    void theListShowsTheYearAsked() {
        long b = business();
        guidance.record(GuidanceCommand.of(b, LocalDate.of(2023, 12, 31), "Đo lường hàng đóng gói sẵn"));
        assertThat(guidance.search(new GuidanceQuery(2023))).anyMatch(g -> g.businessId() == b)
                .allMatch(g -> g.guidedOn().getYear() == 2023);
        assertThat(guidance.search(new GuidanceQuery(2024))).noneMatch(g -> g.businessId() == b);
    }
}
