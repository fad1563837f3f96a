package vn.gov.khcn.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportStatus;
import vn.gov.khcn.shared.Unit;

/** Reads report rows, their narratives, planned items and restatement notes. */
@Component
public class ReportStore {
    static final String COLS = "id, kind, period, cut_off_day, status, number, number_year, symbol, report_date, place, signer_name, signer_title, recipients, created_by, version";
    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Report> find(long id) {
        return jdbc.sql("select " + COLS + " from report where id = :id").param("id", id).query(ReportStore::map).optional();
    }

    public Optional<Report> find(ReportKind kind, YearMonth period) {
        return jdbc.sql("select " + COLS + " from report where kind = :k and period = :p")
                .param("k", kind.name()).param("p", period.toString()).query(ReportStore::map).optional();
    }

    public List<Report> search(Integer year, ReportKind kind, ReportStatus status) {
        return jdbc.sql("select " + COLS + """
                         from report where (cast(:y as varchar) is null or period like :y)
                          and (cast(:k as varchar) is null or kind = :k)
                          and (cast(:s as varchar) is null or status = :s)
                        order by period desc, kind""")
                .param("y", year == null ? null : year + "-%").param("k", kind == null ? null : kind.name())
                .param("s", status == null ? null : status.name()).query(ReportStore::map).list();
    }

    public Map<String, Narrative> narratives(long reportId) {
        Map<String, Narrative> m = new LinkedHashMap<>();
        jdbc.sql("select slot, unit, body, version from report_narrative where report_id = :r order by slot").param("r", reportId)
                .query((rs, i) -> new Narrative(rs.getString("slot"), Unit.valueOf(rs.getString("unit")), rs.getString("body"), rs.getInt("version")))
                .list().forEach(n -> m.put(n.slot(), n));
        return m;
    }

    /** The sections of the report marked done by their unit, by slot. */
    public Map<String, SectionDone> doneSections(long reportId) {
        Map<String, SectionDone> m = new LinkedHashMap<>();
        jdbc.sql("""
                select d.slot, d.unit, d.marked_by, coalesce(u.full_name, d.marked_by) as marker_name, d.marked_at
                from report_section_done d left join app_user u on u.username = d.marked_by
                where d.report_id = :r order by d.slot""").param("r", reportId)
                .query((rs, i) -> new SectionDone(rs.getString("slot"), Unit.valueOf(rs.getString("unit")), rs.getString("marked_by"),
                        rs.getString("marker_name"), rs.getObject("marked_at", java.time.OffsetDateTime.class)))
                .list().forEach(d -> m.put(d.slot(), d));
        return m;
    }

    public List<String> planned(long reportId) {
        return jdbc.sql("select body from report_planned_item where report_id = :r order by position").param("r", reportId)
                .query(String.class).list();
    }

    /** The records written into the report's period after its cut-off while it was submitted or later, newest first. */
    public List<vn.gov.khcn.reporting.LateEntry> lateEntries(long reportId) {
        return jdbc.sql("select at, username, entity_type, entity_id, record_date from late_entry where report_id = :r order by id desc")
                .param("r", reportId)
                .query((rs, i) -> new vn.gov.khcn.reporting.LateEntry(rs.getObject("at", java.time.OffsetDateTime.class), rs.getString("username"),
                        rs.getString("entity_type"), rs.getLong("entity_id"), rs.getObject("record_date", java.time.LocalDate.class)))
                .list();
    }

    /** The restatement notes recorded against an issued report (changes to records of its period), oldest first. */
    public List<Restatement> restatements(long reportId) {
        return jdbc.sql("select at, username, entity_type, entity_id, reason from report_restatement where report_id = :r order by id")
                .param("r", reportId)
                .query((rs, i) -> new Restatement(rs.getObject("at", java.time.OffsetDateTime.class), rs.getString("username"),
                        rs.getString("entity_type"), rs.getLong("entity_id"), rs.getString("reason"))).list();
    }

    public record Narrative(String slot, Unit unit, String body, int version) {
    }

    /** A section marked done ("Đã xong"): by whom of its unit (the account and its full name), and when. */
    public record SectionDone(String slot, Unit unit, String markedBy, String markerName, java.time.OffsetDateTime markedAt) {
    }

    /** A change to a record of an issued report's period, with its reason: shown beside the report, never inside its text. */
    public record Restatement(java.time.OffsetDateTime at, String username, String entityType, long entityId, String reason) {
    }

    static Report map(ResultSet rs, int i) throws SQLException {
        return new Report(rs.getLong("id"), ReportKind.valueOf(rs.getString("kind")), YearMonth.parse(rs.getString("period")),
                rs.getInt("cut_off_day"), ReportStatus.valueOf(rs.getString("status")), (Integer) rs.getObject("number", Integer.class),
                (Integer) rs.getObject("number_year", Integer.class), rs.getString("symbol"), rs.getObject("report_date", java.time.LocalDate.class),
                rs.getString("place"), rs.getString("signer_name"), rs.getString("signer_title"), rs.getString("recipients"),
                rs.getString("created_by"), rs.getInt("version"));
    }
}
