package vn.gov.khcn.quality.web;


import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.quality.Survey;
import vn.gov.khcn.quality.SurveyCommand;
import vn.gov.khcn.quality.SurveyQuery;
import vn.gov.khcn.quality.Surveys;
import vn.gov.khcn.shared.web.RegisterPages;
import vn.gov.khcn.shared.web.SimplePages;
import vn.gov.khcn.shared.web.SimplePages.Field;
import vn.gov.khcn.shared.web.SimplePages.Filter;
import vn.gov.khcn.shared.web.SimplePages.Form;
import vn.gov.khcn.shared.web.SimplePages.Row;

/** Pages of the goods-quality survey register. */
@Controller
@RequestMapping("/quality/surveys")
class SurveyPages extends RegisterPages<SurveyCommand> {
    private final Surveys surveys;
    private final Organisations organisations;

    SurveyPages(Surveys surveys, Organisations organisations) {
        super("/quality/surveys", () -> SurveyCommand.of(null, null, null, null, null), c -> surveys.record(c).id(), surveys::correct);
        this.surveys = surveys;
        this.organisations = organisations;
    }

    @GetMapping
    String list(SurveyQuery query, Model model) {
        List<Row> rows = surveys.search(query).stream().map(s -> Row.of("/quality/surveys/" + s.id(),
                s.surveyedOn(), s.facilityName(), s.district(), s.products(), s.findings())).toList();
        return TdcPages.list(model, "quality-surveys", "Khảo sát chất lượng sản phẩm, hàng hóa", "/quality/surveys/new", "Thêm lần khảo sát",
                List.of("Ngày", "Cơ sở", "Huyện/TP", "Sản phẩm", "Kết quả"), rows, List.of(Filter.year(query.year())));
    }

    @Override
    protected SurveyCommand saved(long id) {
        Survey s = surveys.get(id);
        return new SurveyCommand(s.facilityId(), s.products(), s.district(), s.surveyedOn(), s.findings(), s.version(), null);
    }

    @Override
    protected Form form(SurveyCommand c, Long id) {
        return new Form(id == null ? "Thêm lần khảo sát chất lượng" : "Lần khảo sát chất lượng",
                id == null ? "/quality/surveys" : "/quality/surveys/" + id, "/quality/surveys", List.of(
                Field.organisation("facilityId", "Cơ sở được khảo sát", c.facilityId(),
                        SimplePages.options(organisations.choices(null, c.facilityId())), false),
                Field.text("products", "Sản phẩm, hàng hóa", c.products(), false),
                Field.text("district", "Huyện/thành phố (để trống: theo cơ sở)", c.district(), false),
                Field.of("date", "surveyedOn", "Ngày khảo sát", c.surveyedOn(), false),
                Field.of("textarea", "findings", "Kết quả khảo sát", c.findings(), false),
                Field.reason(id)),
                c.version(), null, null, "quality-survey", id, List.of()).ownedBy(vn.gov.khcn.quality.Quality.OWNER);
    }
}
