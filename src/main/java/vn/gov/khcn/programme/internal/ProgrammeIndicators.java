package vn.gov.khcn.programme.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.gov.khcn.programme.ProgrammeItem;
import vn.gov.khcn.programme.WorkProgrammes;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;

/** programme.items: the items of the programme for the month of P.end, by their status at P.end. */
@Component
record ProgrammeIndicators(WorkProgrammes programmes) implements IndicatorProvider {
    @Override
    public List<Indicator> indicators() {
        return List.of(new Indicator("programme.items", "Nhiệm vụ được giao theo Chương trình công tác của UBND tỉnh",
                List.of("status"), this::items));
    }

    IndicatorValue items(DateRange p) {
        List<ProgrammeItem> items = programmes.itemsOf(YearMonth.from(p.end()));
        SortedMap<String, Long> status = new TreeMap<>();
        items.forEach(i -> status.merge(i.statusOn(p.end()).name(), 1L, Long::sum));
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("status", status);
        List<RecordRef> refs = items.stream().map(i -> new RecordRef("programmeItem", i.id(), i.title(),
                "/programme/items/" + i.id(), i.outcome(), i.documents())).toList();
        var citations = items.stream().flatMap(i -> i.documents().stream()).distinct().toList();
        return new IndicatorValue((long) items.size(), by, null, citations, refs);
    }
}
