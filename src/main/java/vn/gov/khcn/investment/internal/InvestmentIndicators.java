package vn.gov.khcn.investment.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Rows;

/** investment.projectsActive: projects started by P.end and not finished before P.start. */
@Component
record InvestmentIndicators(JdbcClient jdbc) implements IndicatorProvider {
    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator("investment.projectsActive", "Dự án đầu tư công đang triển khai", List.of(), this::active));
    }

    private record Row(long id, String name) {
    }

    private IndicatorValue active(DateRange p) {
        List<Row> rows = jdbc.sql("select id, name from investment_project where start_on <= :e and (end_on is null or end_on >= :s) order by start_on, id")
                .param("s", p.start()).param("e", p.end()).query(Rows.of(Row.class)).list();
        return IndicatorValue.count(rows.stream().map(r -> new RecordRef("investmentProject", r.id(), r.name(), "/investment/" + r.id())).toList());
    }
}
