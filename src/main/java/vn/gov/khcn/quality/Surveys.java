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

/** The TĐC register of goods-quality surveys: one survey of a facility a day. */
@Service
public class Surveys extends RecordFacade<Survey> {
    static final RecordType<Survey> SURVEY = RecordType.of("quality-survey", "lần khảo sát chất lượng", "quality_survey",
            Quality.OWNER, Survey::reportDates, Survey::label);
    private static final String SAME = "cùng cơ sở và ngày khảo sát";
    private final Organisations organisations;

    Surveys(JdbcClient jdbc, Organisations organisations, RecordWrites writes) {
        super(writes, SURVEY, new RecordTable<>(jdbc, Survey.class, "khảo sát chất lượng", "s.id",
                "s.id, s.facility_id, o.name as facility_name, s.products, s.district, s.surveyed_on, s.findings, s.unit, s.version",
                "quality_survey s join organisation o on o.id = s.facility_id"));
        this.organisations = organisations;
    }

    public List<Survey> search(SurveyQuery q) {
        return listInYear("s.surveyed_on", q.year(), "s.surveyed_on desc, s.id desc");
    }

    /** The survey of the facility (organisation name) on the day: a survey's identity. */
    public Optional<Survey> find(String facilityName, LocalDate surveyedOn) {
        return table.one("o.name = :n and s.surveyed_on = :on",
                RecordSql.params("n", VietnameseText.clean(facilityName), "on", surveyedOn));
    }

    @Transactional
    public Survey record(SurveyCommand c) {
        return insertRecord(Quality.OWNER, c.reason(), SAME, """
                insert into quality_survey(facility_id, products, district, surveyed_on, findings)
                values (:facilityId, :products, :district, :surveyedOn, :findings)""", () -> validate(c, null));
    }

    @Transactional
    public Survey correct(long id, SurveyCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update quality_survey set facility_id = :facilityId, products = :products, district = :district,
                       surveyed_on = :surveyedOn, findings = :findings where id = :id""", () -> validate(c, id));
    }

    /** A survey as the register stores it: checked and cleaned. */
    private record Valid(long facilityId, String products, String district, LocalDate surveyedOn, String findings) {
    }

    private Valid validate(SurveyCommand c, Long id) {
        Organisation f = Quality.organisation(organisations, "facilityId", "cơ sở được khảo sát", c.facilityId());
        String products = Check.text("products", "sản phẩm, hàng hóa được khảo sát", c.products(), 1000);
        String district = Check.text("district", "huyện/thành phố",
                c.district() == null || c.district().isBlank() ? (f.district() != null ? f.district() : f.commune()) : c.district(), 100);
        LocalDate on = Check.date("surveyedOn", "ngày khảo sát", c.surveyedOn());
        String findings = Check.optionalText("findings", "kết quả khảo sát", c.findings(), 4000);
        if (anotherHas("quality_survey", "facility_id = :f and surveyed_on = :on", id, "f", f.id(), "on", on)) {
            throw new DomainException("surveyedOn", "Lần khảo sát " + f.name() + " ngày " + Formats.date(on) + " đã có trong sổ.");
        }
        return new Valid(f.id(), products, district, on, findings);
    }
}
