package vn.gov.khcn.centre.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.centre.GeneSource;
import vn.gov.khcn.centre.Training;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Rows;

/** centre.produced, centre.sold (per product in its own unit), centre.trainings, centre.geneSources. */
@Component
record CentreIndicators(JdbcClient jdbc) implements IndicatorProvider {
    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator("centre.produced", "Sản phẩm sản xuất tại Trung tâm", List.of("product"),
                        p -> quantities(p, "centre_lot", "produced_on", "centreLot", "/centre/lots/")),
                new Indicator("centre.sold", "Sản phẩm tiêu thụ của Trung tâm", List.of("product"),
                        p -> quantities(p, "centre_sale", "sold_on", "centreSale", "/centre/sales/")),
                new Indicator("centre.trainings", "Lớp tập huấn, hướng dẫn kỹ thuật", List.of(), this::trainings),
                new Indicator("centre.geneSources", "Nguồn gen cây trồng đang lưu giữ", List.of(), this::geneSources));
    }

    private record QuantityRow(long id, String name, String uom, long quantity) {
    }

    /** Quantities in P per product keyed "<name> (<unit>)"; no total, since the units differ. */
    private IndicatorValue quantities(DateRange p, String table, String dateCol, String type, String href) {
        List<QuantityRow> rows = jdbc.sql("select x.id, pr.name, pr.uom, x.quantity from " + table + " x join centre_product pr on pr.id = x.product_id"
                        + " where x." + dateCol + " between :s and :e order by x." + dateCol + ", x.id")
                .param("s", p.start()).param("e", p.end()).query(Rows.of(QuantityRow.class)).list();
        SortedMap<String, Long> product = new TreeMap<>();
        rows.forEach(r -> product.merge(r.name() + " (" + r.uom() + ")", r.quantity(), Long::sum));
        SortedMap<String, SortedMap<String, Long>> by = new TreeMap<>();
        by.put("product", product);
        List<RecordRef> refs = rows.stream().map(r -> new RecordRef(type, r.id(), r.name() + ": " + r.quantity() + " " + r.uom(), href + r.id())).toList();
        return new IndicatorValue(null, by, List.copyOf(product.keySet()), null, refs);
    }

    private IndicatorValue trainings(DateRange p) {
        List<Training> rows = jdbc.sql("select id, title, commune, district, held_on, participants, version from centre_training"
                        + " where held_on between :s and :e order by held_on, id")
                .param("s", p.start()).param("e", p.end()).query(Rows.of(Training.class)).list();
        var communes = new LinkedHashSet<String>();
        rows.forEach(t -> communes.add(t.commune() + ", huyện " + t.district()));
        return new IndicatorValue((long) rows.size(), null, List.copyOf(communes), null, rows.stream()
                .map(t -> new RecordRef("centreTraining", t.id(), t.title(), "/centre/trainings/" + t.id(), t.commune() + ", huyện " + t.district(), null))
                .toList());
    }

    private IndicatorValue geneSources(DateRange p) {
        List<GeneSource> rows = jdbc.sql("select id, crop, kept_since, kept_until, version from gene_source"
                        + " where kept_since <= :e and (kept_until is null or kept_until >= :e) order by crop_folded, id")
                .param("e", p.end()).query(Rows.of(GeneSource.class)).list();
        return IndicatorValue.count(rows.stream().map(g -> new RecordRef("geneSource", g.id(), g.crop(), "/centre/gene-sources/" + g.id())).toList());
    }
}
