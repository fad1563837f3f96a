package vn.gov.khcn.metrology;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.metrology.internal.VerificationCopyLoader;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.Rows;

/**
 * The verification register in bulk, for spreadsheet exchange: every row of the list's filters streamed
 * with a database cursor (constant memory for millions of rows), and bulk loads validated as single records are.
 */
@Service
public class VerificationTransfer {
    /** The audit name of a spreadsheet import: a bulk load's restatements name the import that made them. */
    static final String IMPORT = "exchange_import";
    private final Verifications verifications;
    private final Organisations organisations;
    private final PeriodLocks locks;
    private final DataSource dataSource;
    private final JdbcClient cursor;
    private final int bulkMin;
    private final LatestVerifications latest;
    private final AuditTrail audit;

    VerificationTransfer(Verifications verifications, Organisations organisations, PeriodLocks locks, DataSource dataSource,
                         LatestVerifications latest, AuditTrail audit, @Value("${khcn.import.bulk-min:50000}") int bulkMin) {
        this.latest = latest;
        this.audit = audit;
        this.verifications = verifications;
        this.organisations = organisations;
        this.locks = locks;
        this.dataSource = dataSource;
        this.bulkMin = bulkMin;
        JdbcTemplate t = new JdbcTemplate(dataSource);
        t.setFetchSize(1000);
        this.cursor = JdbcClient.create(new NamedParameterJdbcTemplate(t));
    }

    /** Every verification the list page's filters select, in the list's order, one at a time. */
    @Transactional(readOnly = true)
    public void stream(VerificationQuery q, Consumer<Verification> each) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = Verifications.where(q, params);
        try (var rows = cursor.sql(Verifications.SELECT + where + " order by v.verified_on desc, v.id desc").params(params)
                .query(Rows.of(Verification.class)).stream()) {
            rows.forEach(each);
        }
    }

    /**
     * Opens a bulk load inside the caller's transaction (the caller commits or rolls back the whole load). Every
     * verification written carries {@code importId}: the spreadsheet import, audited once by the caller with its
     * file, user and counts. When the load has written its rows, their days are checked against the issued reports'
     * periods once: a load reaching one is refused, naming the period, unless {@code reason} says why; with a reason
     * the restatement is recorded against the import.
     */
    public VerificationLoad load(long importId, String reason) {
        CurrentUser user = CurrentUser.get();
        AccessPolicy.requireEdit(user, Metrology.OWNER);
        VerificationCopyLoader loader = new VerificationCopyLoader(dataSource, importId, bulkMin);
        audit.changed(); // the rows are not audited one by one: the generation of the records is raised at the caller's commit
        Map<Long, Optional<Organisation>> owners = new HashMap<>();
        return new VerificationLoad() {
            @Override
            public boolean add(VerificationCommand c) {
                return loader.add(verifications.validRow(c, id -> owners.computeIfAbsent(id, organisations::find).orElse(null)));
            }

            @Override
            public Totals finish() {
                Totals totals = loader.finish();
                latest.refreshAfterImport(importId);
                locks.checkChange(IMPORT, importId, loader.writtenDays(), reason);
                return totals;
            }
        };
    }
}
