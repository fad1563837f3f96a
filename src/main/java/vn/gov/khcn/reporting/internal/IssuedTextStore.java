package vn.gov.khcn.reporting.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.khcn.reporting.RenderedReport;
import vn.gov.khcn.reporting.Report;

/**
 * The whole text of each issued report: its rendered document model (header facts and the settings used,
 * subject, blocks of spans, footnotes) kept as JSON with the template source it came from. Written once,
 * in the issue transaction; never changed. The JSON is written by a mapper of its own, so a change to the
 * application's JSON settings cannot change how a stored report reads back.
 */
@Component
public class IssuedTextStore {
    /** The shape of {@link RenderedReport} the JSON holds; a future change of the model reads older rows by this number. */
    static final int MODEL_VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Why a row was written: at issue, or on the first read of a report issued before texts were kept. */
    public enum Origin { ISSUE, FIRST_READ }

    public record IssuedText(RenderedReport rendered, String templateSource, OffsetDateTime frozenAt, Origin origin) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IssuedTextStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the text of an issued report; a second call for the same report fails on the primary key. */
    public void save(long reportId, RenderedReport rendered, String templateSource, Origin origin) {
        jdbc.sql("""
                insert into report_issued_text(report_id, model_version, template_source, rendered_json, frozen_at, origin)
                values (:r, :m, :t, :j, :at, :o)""")
                .param("r", reportId).param("m", MODEL_VERSION).param("t", templateSource).param("j", toJson(rendered))
                .param("at", OffsetDateTime.now(clock)).param("o", origin.name()).update();
    }

    public Optional<IssuedText> find(long reportId) {
        return jdbc.sql("""
                        select t.template_source, t.rendered_json, t.frozen_at, t.origin, r.symbol
                        from report_issued_text t join report r on r.id = t.report_id where t.report_id = :r""")
                .param("r", reportId)
                .query((rs, i) -> new IssuedText(fromJson(rs.getString("rendered_json"), rs.getString("symbol")),
                        rs.getString("template_source"),
                        rs.getObject("frozen_at", OffsetDateTime.class), Origin.valueOf(rs.getString("origin")))).optional();
    }

    /**
     * A kept text read back with its report's symbol: a text kept before reports had a symbol of their own has none
     * and takes the report's (the symbol it was numbered with, filled in by the migration that added it).
     */
    public static RenderedReport fromJson(String json, String reportSymbol) {
        RenderedReport r = fromJson(json);
        Report p = r.report();
        if (p.symbol() != null) {
            return r;
        }
        Report withSymbol = new Report(p.id(), p.kind(), p.period(), p.cutOffDay(), p.status(), p.number(), p.numberYear(), reportSymbol,
                p.reportDate(), p.place(), p.signerName(), p.signerTitle(), p.recipients(), p.createdBy(), p.version());
        return new RenderedReport(withSymbol, r.settings(), r.subject(), r.blocks(), r.footnotes(), r.missingCodes());
    }

    /** The stored form of a rendered report. */
    public static String toJson(RenderedReport r) {
        return JSON.writeValueAsString(r);
    }

    public static RenderedReport fromJson(String json) {
        RenderedReport r = JSON.readValue(json, RenderedReport.class);
        // a set reads back as a HashSet: keep the codes sorted as the renderer gives them
        return new RenderedReport(r.report(), r.settings(), r.subject(), r.blocks(), r.footnotes(), new TreeSet<>(r.missingCodes()));
    }
}
