package vn.gov.khcn.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The TĐC register of guidance given to businesses on standards-metrology-quality rules: one record of a business, a
 * day and a subject. The subject (up to 1,000 characters) is too long for a portable unique index, so the rule holds
 * by the register's turn: adds and corrections of guidance are made one at a time.
 */
@Service
public class BusinessGuidance extends RecordFacade<Guidance> {
    static final RecordType<Guidance> GUIDANCE = RecordType.of("business-guidance", "lần hướng dẫn doanh nghiệp", "business_guidance",
            Quality.OWNER, Guidance::reportDates, Guidance::label);
    private static final String SAME = "cùng doanh nghiệp, ngày và nội dung hướng dẫn";
    private final Organisations organisations;

    BusinessGuidance(JdbcClient jdbc, Organisations organisations, RecordWrites writes) {
        super(writes, GUIDANCE, new RecordTable<>(jdbc, Guidance.class, "lần hướng dẫn doanh nghiệp", "g.id",
                "g.id, g.business_id, o.name as business_name, g.guided_on, g.subject, g.unit, g.version",
                "business_guidance g join organisation o on o.id = g.business_id"));
        this.organisations = organisations;
    }

    public List<Guidance> search(GuidanceQuery q) {
        return listInYear("g.guided_on", q.year(), "g.guided_on desc, g.id desc");
    }

    /** The guidance given to the business (organisation name) on the day on the subject: a guidance's identity. */
    public Optional<Guidance> find(String businessName, LocalDate guidedOn, String subject) {
        return table.first("o.name = :n and g.guided_on = :on and g.subject = :s order by g.id",
                RecordSql.params("n", VietnameseText.clean(businessName), "on", guidedOn, "s", VietnameseText.clean(subject)));
    }

    @Transactional
    public Guidance record(GuidanceCommand c) {
        return insertRecord(Quality.OWNER, c.reason(), SAME, """
                insert into business_guidance(business_id, guided_on, subject) values (:businessId, :guidedOn, :subject)""", () -> validate(c, null));
    }

    @Transactional
    public Guidance correct(long id, GuidanceCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update business_guidance set business_id = :businessId, guided_on = :guidedOn, subject = :subject
                where id = :id""", () -> validate(c, id));
    }

    /** A guidance record as the register stores it: checked and cleaned. */
    private record Valid(long businessId, LocalDate guidedOn, String subject) {
    }

    private Valid validate(GuidanceCommand c, Long id) {
        Organisation b = Quality.organisation(organisations, "businessId", "doanh nghiệp, cơ sở được hướng dẫn", c.businessId());
        LocalDate on = Check.date("guidedOn", "ngày hướng dẫn", c.guidedOn());
        String subject = Check.text("subject", "nội dung hướng dẫn", c.subject(), 1000);
        if (anotherHas("business_guidance", "business_id = :b and guided_on = :on and subject = :s", id, "b", b.id(), "on", on, "s", subject)) {
            throw new DomainException("subject", "Lần hướng dẫn " + b.name() + " ngày " + Formats.date(on) + " về \"" + subject
                    + "\" đã có trong sổ.");
        }
        return new Valid(b.id(), on, subject);
    }
}
