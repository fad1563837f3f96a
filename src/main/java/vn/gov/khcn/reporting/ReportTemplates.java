package vn.gov.khcn.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.reporting.internal.ReportTemplate;

/**
 * The report templates, one per kind, stored as data. A kind whose template was never edited reads the
 * default from {@code reporting/templates/<kind>.tpl} (so a new release's default reaches it); the first
 * save stores the kind's row, which wins from then on.
 */
@Service
public class ReportTemplates {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ReportTemplates(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record TemplateSource(ReportKind kind, String source, int version) {
    }

    public TemplateSource get(ReportKind kind) {
        return find(kind).orElseGet(() -> new TemplateSource(kind, defaultSource(kind), -1));
    }

    private Optional<TemplateSource> find(ReportKind kind) {
        return jdbc.sql("select source, version from report_template where kind = :k").param("k", kind.name())
                .query((rs, i) -> new TemplateSource(kind, rs.getString("source"), rs.getInt("version"))).optional();
    }

    public static String defaultSource(ReportKind kind) {
        try (InputStream in = ReportTemplates.class.getResourceAsStream("/reporting/templates/" + kind.code() + ".tpl")) {
            if (in == null) {
                throw new IllegalStateException("missing default template for " + kind.code());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a new source after parsing it: a template with a syntax error is refused with the error. */
    @Transactional
    public TemplateSource update(ReportKind kind, String source, int version) {
        if (!ReportSettings.canEdit(CurrentUser.get())) {
            throw new AccessDeniedException("Chỉ Văn phòng hoặc quản trị được sửa mẫu báo cáo.");
        }
        ReportTemplate.parse(source);
        TemplateSource before = get(kind);
        if (before.version() < 0) {
            if (version >= 0) {
                throw new vn.gov.khcn.shared.ConcurrentEditException("Mẫu " + kind.label(), "mẫu mặc định");
            }
            jdbc.sql("insert into report_template(kind, source, updated_by, updated_at) values (:k, :s, :u, :t)")
                    .param("k", kind.name()).param("s", source.replace("\r\n", "\n")).param("u", CurrentUser.get().username())
                    .param("t", OffsetDateTime.now(clock)).update();
            TemplateSource after = get(kind);
            audit.record("report_template", kind.ordinal() + 1L, "UPDATE", before, after);
            return after;
        }
        int n = jdbc.sql("update report_template set source = :s, updated_by = :u, updated_at = :t, version = version + 1 where kind = :k and version = :v")
                .param("s", source.replace("\r\n", "\n")).param("u", CurrentUser.get().username()).param("t", OffsetDateTime.now(clock))
                .param("k", kind.name()).param("v", version).update();
        if (n == 0) {
            throw new vn.gov.khcn.shared.ConcurrentEditException("Mẫu " + kind.label(), "phiên bản " + before.version());
        }
        TemplateSource after = get(kind);
        audit.record("report_template", kind.ordinal() + 1L, "UPDATE", before, after);
        return after;
    }
}
