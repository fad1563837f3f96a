package vn.gov.khcn.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.VietnameseText;
import vn.gov.khcn.shared.Unit;

/**
 * The TĐC branch's registers of goods-quality surveys, national quality award dossiers and guidance
 * given to businesses (ISO checks are in {@link IsoChecks}). Records belong to the TĐC unit.
 */
@Service
public class Quality {
    public static final Unit OWNER = Unit.TDC;
    private static final String SURVEY = """
            select s.id, s.facility_id, o.name as facility_name, s.products, s.district, s.surveyed_on, s.findings, s.unit, s.version
            from quality_survey s join organisation o on o.id = s.facility_id""";
    private static final String AWARD = """
            select a.id, a.enterprise_id, o.name as enterprise_name, a.award_year, a.forwarded_on, a.notes, a.unit, a.version
            from award_dossier a join organisation o on o.id = a.enterprise_id""";
    private static final String GUIDANCE = """
            select g.id, g.business_id, o.name as business_name, g.guided_on, g.subject, g.unit, g.version
            from business_guidance g join organisation o on o.id = g.business_id""";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final PeriodLocks locks;

    Quality(JdbcClient jdbc, AuditTrail audit, Organisations organisations, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.locks = locks;
    }

    // --- goods-quality surveys

    public List<Survey> surveys(Integer year) {
        return jdbc.sql(SURVEY + " where (cast(:y as integer) is null or (s.surveyed_on >= :ys and s.surveyed_on < :ye))"
                        + " order by s.surveyed_on desc, s.id desc")
                .param("y", year).param("ys", yearStart(year)).param("ye", yearEnd(year)).query(Survey.class).list();
    }

    public Survey survey(long id) {
        return jdbc.sql(SURVEY + " where s.id = :id").param("id", id).query(Survey.class).optional()
                .orElseThrow(() -> new NotFoundException("khảo sát chất lượng", id));
    }

    /** The survey of the facility (organisation name) on the day: a survey's identity. */
    public Optional<Survey> findSurvey(String facilityName, LocalDate surveyedOn) {
        return jdbc.sql(SURVEY + " where o.name = :n and s.surveyed_on = :on").param("n", VietnameseText.clean(facilityName))
                .param("on", surveyedOn).query(Survey.class).optional();
    }

    @Transactional
    public Survey recordSurvey(SurveyCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Survey v = validate(c, null);
        long id = Inputs.insert(jdbc.sql("""
                insert into quality_survey(facility_id, products, district, surveyed_on, findings, unit)
                values (:f, :p, :d, :on, :fi, :u)""")
                .param("f", v.facilityId()).param("p", v.products()).param("d", v.district()).param("on", v.surveyedOn())
                .param("fi", v.findings()).param("u", OWNER.name()));
        Survey saved = survey(id);
        audit.record("quality-survey", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Survey correctSurvey(long id, SurveyCommand c) {
        Survey before = survey(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        Survey v = validate(c, id);
        locks.checkChange("quality-survey", id, List.of(before.surveyedOn(), v.surveyedOn()), c.reason());
        Inputs.updated(jdbc.sql("""
                update quality_survey set facility_id = :f, products = :p, district = :d, surveyed_on = :on, findings = :fi,
                       version = version + 1 where id = :id and version = :ver""")
                .param("f", v.facilityId()).param("p", v.products()).param("d", v.district()).param("on", v.surveyedOn())
                .param("fi", v.findings()).param("id", id).param("ver", c.version() == null ? before.version() : c.version())
                .update(), "Khảo sát tại " + before.facilityName(), before);
        Survey after = survey(id);
        audit.record("quality-survey", id, "UPDATE", before, after, c.reason());
        return after;
    }

    private Survey validate(SurveyCommand c, Long selfId) {
        Organisation f = Inputs.org(organisations, "facilityId", "cơ sở được khảo sát", c.facilityId());
        String products = Inputs.text("products", "sản phẩm, hàng hóa được khảo sát", c.products(), 1000, true);
        String district = Inputs.text("district", "huyện/thành phố", c.district() == null || c.district().isBlank() ? f.district() : c.district(), 100, true);
        LocalDate on = Inputs.date("surveyedOn", "ngày khảo sát", c.surveyedOn());
        String findings = Inputs.text("findings", "kết quả khảo sát", c.findings(), 4000, false);
        if (jdbc.sql("""
                select count(*) from quality_survey where facility_id = :f and surveyed_on = :on
                   and (cast(:id as bigint) is null or id <> :id)""")
                .param("f", f.id()).param("on", on).param("id", selfId).query(Long.class).single() > 0) {
            throw new DomainException("surveyedOn", "Lần khảo sát " + f.name() + " ngày " + Formats.date(on) + " đã có trong sổ.");
        }
        return new Survey(0, f.id(), f.name(), products, district, on, findings, OWNER, 0);
    }

    // --- national quality award dossiers

    public List<AwardDossier> awardDossiers() {
        return jdbc.sql(AWARD + " order by a.forwarded_on desc, a.id desc").query(AwardDossier.class).list();
    }

    public AwardDossier awardDossier(long id) {
        return jdbc.sql(AWARD + " where a.id = :id").param("id", id).query(AwardDossier.class).optional()
                .orElseThrow(() -> new NotFoundException("hồ sơ Giải thưởng chất lượng quốc gia", id));
    }

    /** The dossier of the enterprise (organisation name) for the award year: a dossier's identity. */
    public Optional<AwardDossier> findAwardDossier(String enterpriseName, int awardYear) {
        return jdbc.sql(AWARD + " where o.name = :n and a.award_year = :y").param("n", VietnameseText.clean(enterpriseName))
                .param("y", awardYear).query(AwardDossier.class).optional();
    }

    @Transactional
    public AwardDossier recordAwardDossier(AwardDossierCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Organisation e = Inputs.org(organisations, "enterpriseId", "doanh nghiệp", c.enterpriseId());
        LocalDate on = Inputs.date("forwardedOn", "ngày gửi hồ sơ", c.forwardedOn());
        int year = c.awardYear() == null ? on.getYear() : Inputs.year("awardYear", c.awardYear());
        String notes = Inputs.text("notes", "ghi chú", c.notes(), 4000, false);
        if (jdbc.sql("select count(*) from award_dossier where enterprise_id = :e and award_year = :y")
                .param("e", e.id()).param("y", year).query(Long.class).single() > 0) {
            throw new vn.gov.khcn.shared.DomainException("enterpriseId", "Hồ sơ giải thưởng năm " + year + " của " + e.name() + " đã có trong sổ.");
        }
        long id = Inputs.insert(jdbc.sql("insert into award_dossier(enterprise_id, award_year, forwarded_on, notes, unit) values (:e, :y, :on, :n, :u)")
                .param("e", e.id()).param("y", year).param("on", on).param("n", notes).param("u", OWNER.name())
                );
        AwardDossier saved = awardDossier(id);
        audit.record("award-dossier", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public AwardDossier correctAwardDossier(long id, AwardDossierCommand c) {
        AwardDossier before = awardDossier(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        Organisation e = Inputs.org(organisations, "enterpriseId", "doanh nghiệp", c.enterpriseId());
        LocalDate on = Inputs.date("forwardedOn", "ngày gửi hồ sơ", c.forwardedOn());
        int year = c.awardYear() == null ? on.getYear() : Inputs.year("awardYear", c.awardYear());
        String notes = Inputs.text("notes", "ghi chú", c.notes(), 4000, false);
        if (jdbc.sql("select count(*) from award_dossier where enterprise_id = :e and award_year = :y and id <> :id")
                .param("e", e.id()).param("y", year).param("id", id).query(Long.class).single() > 0) {
            throw new vn.gov.khcn.shared.DomainException("enterpriseId", "Hồ sơ giải thưởng năm " + year + " của " + e.name() + " đã có trong sổ.");
        }
        locks.checkChange("award-dossier", id, List.of(before.forwardedOn(), on), c.reason());
        Inputs.updated(jdbc.sql("""
                update award_dossier set enterprise_id = :e, award_year = :y, forwarded_on = :on, notes = :n, version = version + 1
                where id = :id and version = :ver""")
                .param("e", e.id()).param("y", year).param("on", on).param("n", notes).param("id", id)
                .param("ver", c.version() == null ? before.version() : c.version()).update(), "Hồ sơ của " + before.enterpriseName(), before);
        AwardDossier after = awardDossier(id);
        audit.record("award-dossier", id, "UPDATE", before, after, c.reason());
        return after;
    }

    // --- guidance to businesses

    public List<Guidance> guidance(Integer year) {
        return jdbc.sql(GUIDANCE + " where (cast(:y as integer) is null or (g.guided_on >= :ys and g.guided_on < :ye))"
                        + " order by g.guided_on desc, g.id desc")
                .param("y", year).param("ys", yearStart(year)).param("ye", yearEnd(year)).query(Guidance.class).list();
    }

    public Guidance guidanceItem(long id) {
        return jdbc.sql(GUIDANCE + " where g.id = :id").param("id", id).query(Guidance.class).optional()
                .orElseThrow(() -> new NotFoundException("lần hướng dẫn doanh nghiệp", id));
    }

    /** The guidance given to the business (organisation name) on the day on the subject: a guidance's identity. */
    public Optional<Guidance> findGuidance(String businessName, LocalDate guidedOn, String subject) {
        return jdbc.sql(GUIDANCE + " where o.name = :n and g.guided_on = :on and g.subject = :s")
                .param("n", VietnameseText.clean(businessName)).param("on", guidedOn).param("s", VietnameseText.clean(subject))
                .query(Guidance.class).optional();
    }

    @Transactional
    public Guidance recordGuidance(GuidanceCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Organisation b = Inputs.org(organisations, "businessId", "doanh nghiệp, cơ sở được hướng dẫn", c.businessId());
        LocalDate on = Inputs.date("guidedOn", "ngày hướng dẫn", c.guidedOn());
        String subject = Inputs.text("subject", "nội dung hướng dẫn", c.subject(), 1000, true);
        checkGuidanceOnce(b, on, subject, null);
        long id = Inputs.insert(jdbc.sql("insert into business_guidance(business_id, guided_on, subject, unit) values (:b, :on, :s, :u)")
                .param("b", b.id()).param("on", on).param("s", subject).param("u", OWNER.name())
                );
        Guidance saved = guidanceItem(id);
        audit.record("business-guidance", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Guidance correctGuidance(long id, GuidanceCommand c) {
        Guidance before = guidanceItem(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        Organisation b = Inputs.org(organisations, "businessId", "doanh nghiệp, cơ sở được hướng dẫn", c.businessId());
        LocalDate on = Inputs.date("guidedOn", "ngày hướng dẫn", c.guidedOn());
        String subject = Inputs.text("subject", "nội dung hướng dẫn", c.subject(), 1000, true);
        checkGuidanceOnce(b, on, subject, id);
        locks.checkChange("business-guidance", id, List.of(before.guidedOn(), on), c.reason());
        Inputs.updated(jdbc.sql("""
                update business_guidance set business_id = :b, guided_on = :on, subject = :s, version = version + 1
                where id = :id and version = :ver""")
                .param("b", b.id()).param("on", on).param("s", subject).param("id", id)
                .param("ver", c.version() == null ? before.version() : c.version()).update(), "Lần hướng dẫn " + before.businessName(), before);
        Guidance after = guidanceItem(id);
        audit.record("business-guidance", id, "UPDATE", before, after, c.reason());
        return after;
    }

    private void checkGuidanceOnce(Organisation b, LocalDate on, String subject, Long selfId) {
        if (jdbc.sql("""
                select count(*) from business_guidance where business_id = :b and guided_on = :on and subject = :s
                   and (cast(:id as bigint) is null or id <> :id)""")
                .param("b", b.id()).param("on", on).param("s", subject).param("id", selfId).query(Long.class).single() > 0) {
            throw new DomainException("subject", "Lần hướng dẫn " + b.name() + " ngày " + Formats.date(on) + " về \"" + subject
                    + "\" đã có trong sổ.");
        }
    }

    static LocalDate yearStart(Integer y) {
        return y == null ? null : LocalDate.of(y, 1, 1);
    }

    static LocalDate yearEnd(Integer y) {
        return y == null ? null : LocalDate.of(y + 1, 1, 1);
    }
}
