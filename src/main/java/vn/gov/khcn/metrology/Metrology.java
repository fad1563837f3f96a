package vn.gov.khcn.metrology;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.metrology.internal.VerificationBatchWriter;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The measuring-instrument verification register, kept by the application centre (unit CENTRE).
 * Built for volume: the list pages by limit/offset over indexed columns, the due list reads the
 * next-due index, and imports go through {@link #recordAll} (JDBC batch, same validation).
 */
@Service
public class Metrology {
    /** The unit whose laboratory performs verifications and which owns the records. */
    public static final Unit OWNER = Unit.CENTRE;
    static final String AUDIT_TYPE = "verification";
    private static final String SELECT = """
            select v.id, v.type_code, t.name as type_name, v.serial, v.owner_id, o.name as owner_name, v.verified_on,
                   v.kind, v.result, v.stamp_no, v.performed_by, v.next_due_on, v.unit, v.version, v.import_id
            from verification v join instrument_type t on t.code = v.type_code join organisation o on o.id = v.owner_id""";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Organisations organisations;
    private final PeriodLocks locks;
    private final VerificationBatchWriter batch;
    private final Clock clock;
    private volatile Map<String, InstrumentType> types;

    Metrology(JdbcClient jdbc, AuditTrail audit, Organisations organisations, PeriodLocks locks,
              VerificationBatchWriter batch, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.organisations = organisations;
        this.locks = locks;
        this.batch = batch;
        this.clock = clock;
    }

    /** The instrument-type vocabulary, in its display order. */
    public List<InstrumentType> types() {
        return List.copyOf(typeMap().values());
    }

    public Optional<InstrumentType> type(String code) {
        return Optional.ofNullable(code == null ? null : typeMap().get(code));
    }

    public Verification get(long id) {
        return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(Verification.class).optional()
                .orElseThrow(() -> new NotFoundException("bản ghi kiểm định", id));
    }

    /**
     * One page of verifications, newest first. The WHERE clause holds only the filters given, so each
     * query shape gets its own plan on the (type, date), date, owner and serial indexes.
     */
    public PageResult<Verification> search(VerificationFilter f, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        long total = jdbc.sql("select count(*) from verification v" + where).params(params).query(Long.class).single();
        List<Verification> items = jdbc.sql(SELECT + where + " order by v.verified_on desc, v.id desc limit :lim offset :off")
                .params(params).param("lim", size).param("off", (long) page * size)
                .query(Verification.class).list();
        return new PageResult<>(items, page, size, total);
    }

    /** The list's WHERE clause for the filters given, with its parameters (shared by the list, its count and exports). */
    static String where(VerificationFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        String t = blankToNull(f.typeCode());
        if (t != null) {
            where.append(" and v.type_code = :t");
            params.put("t", t);
        }
        if (f.year() != null) {
            where.append(" and v.verified_on >= :ys and v.verified_on < :ye");
            params.put("ys", LocalDate.of(f.year(), 1, 1));
            params.put("ye", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.from() != null) {
            where.append(" and v.verified_on >= :df");
            params.put("df", f.from());
        }
        if (f.to() != null) {
            where.append(" and v.verified_on <= :dt");
            params.put("dt", f.to());
        }
        if (f.result() != null) {
            where.append(" and v.result = :r");
            params.put("r", f.result().name());
        }
        if (f.ownerId() != null) {
            where.append(" and v.owner_id = :o");
            params.put("o", f.ownerId());
        }
        String serial = blankToNull(VietnameseText.clean(f.serial()));
        if (serial != null) {
            where.append(" and v.serial = :s");
            params.put("s", serial);
        }
        return where.toString();
    }

    /** The select of the list, for exports. */
    static String select() {
        return SELECT;
    }

    /** Validates a command as {@link #record} does and gives the row to write (bulk loads). */
    VerificationBatchWriter.Row validRow(VerificationCommand c, Function<Long, Organisation> owners) {
        Valid v = validate(c, owners);
        return new VerificationBatchWriter.Row(v.type().code(), v.serial(), v.ownerId(), v.verifiedOn(), v.kind().name(),
                v.result().name(), v.stampNo(), v.performedBy(), v.nextDueOn(), OWNER.name());
    }

    @Transactional
    public Verification record(VerificationCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Valid v = validate(c, id -> organisations.find(id).orElse(null));
        refuseDuplicate(v, null);
        jdbc.sql("""
                insert into verification(type_code, serial, owner_id, verified_on, kind, result, stamp_no, performed_by, next_due_on, unit)
                values (:t, :s, :o, :d, :k, :r, :st, :p, :n, :u)""")
                .param("t", v.type().code()).param("s", v.serial()).param("o", v.ownerId()).param("d", v.verifiedOn())
                .param("k", v.kind().name()).param("r", v.result().name()).param("st", v.stampNo()).param("p", v.performedBy())
                .param("n", v.nextDueOn()).param("u", OWNER.name()).update();
        Verification saved = bySerialAndDate(v.serial(), v.verifiedOn()).orElseThrow();
        audit.record(AUDIT_TYPE, saved.id(), "CREATE", null, saved);
        return saved;
    }

    /**
     * Records many verifications at once (imports, demo data): each is validated as {@link #record}
     * does, then all are inserted by JDBC batch with one audit row each, in one transaction.
     */
    @Transactional
    public int recordAll(List<VerificationCommand> commands) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Set<Long> ownerIds = commands.stream().map(VerificationCommand::ownerId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Organisation> owners = organisations.byIds(ownerIds);
        List<Valid> valid = new ArrayList<>(commands.size());
        Set<String> seen = new HashSet<>();
        int row = 0;
        for (VerificationCommand c : commands) {
            row++;
            Valid v;
            try {
                v = validate(c, owners::get);
            } catch (DomainException e) {
                throw new DomainException(e.field(), "Dòng " + row + ": " + e.getMessage());
            }
            if (!seen.add(v.serial() + "|" + v.verifiedOn())) {
                throw new DomainException("serial", "Dòng " + row + ": " + duplicateMessage(v));
            }
            valid.add(v);
        }
        List<VerificationBatchWriter.Row> rows = valid.stream().map(v -> new VerificationBatchWriter.Row(v.type().code(),
                v.serial(), v.ownerId(), v.verifiedOn(), v.kind().name(), v.result().name(), v.stampNo(), v.performedBy(),
                v.nextDueOn(), OWNER.name())).toList();
        batch.refuseExisting(rows, r -> new DomainException("serial", "Số hiệu " + r.serial() + " đã có bản ghi kiểm định ngày "
                + Formats.date(r.verifiedOn()) + "."));
        batch.insert(rows, CurrentUser.get().username());
        return rows.size();
    }

    @Transactional
    public Verification correct(long id, VerificationCommand c) {
        Verification before = get(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        Valid v = validate(c, oid -> organisations.find(oid).orElse(null));
        refuseDuplicate(v, id);
        locks.checkChange(AUDIT_TYPE, id, List.of(before.verifiedOn(), v.verifiedOn()), c.reason());
        int n = jdbc.sql("""
                update verification set type_code = :t, serial = :s, owner_id = :o, verified_on = :d, kind = :k, result = :r,
                       stamp_no = :st, performed_by = :p, next_due_on = :n, version = version + 1
                where id = :id and version = :ver""")
                .param("t", v.type().code()).param("s", v.serial()).param("o", v.ownerId()).param("d", v.verifiedOn())
                .param("k", v.kind().name()).param("r", v.result().name()).param("st", v.stampNo()).param("p", v.performedBy())
                .param("n", v.nextDueOn()).param("id", id).param("ver", c.version() == null ? before.version() : c.version())
                .update();
        if (n == 0) {
            throw new ConcurrentEditException("Bản ghi kiểm định " + before.serial(), before.toString());
        }
        Verification after = get(id);
        audit.record(AUDIT_TYPE, id, "UPDATE", before, after, VietnameseText.clean(c.reason()));
        return after;
    }

    /**
     * Instruments due for re-verification: the latest passing verification of each serial whose next
     * due date has passed or falls within {@code days} days of today. At most {@code limit}, soonest first.
     */
    public List<DueInstrument> due(int days, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select v.id, v.serial, t.name, o.name, v.verified_on, v.next_due_on
                from verification v join instrument_type t on t.code = v.type_code join organisation o on o.id = v.owner_id
                where v.result = 'PASS' and v.next_due_on <= :h
                  and not exists (select 1 from verification w
                                  where w.serial = v.serial and w.result = 'PASS' and w.verified_on > v.verified_on)
                order by v.next_due_on, v.id limit :lim""")
                .param("h", today.plusDays(days)).param("lim", limit)
                .query((rs, i) -> new DueInstrument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(6, LocalDate.class).isBefore(today)))
                .list();
    }

    /** How many instruments {@link #due} would list without a limit. */
    public long dueCount(int days) {
        return jdbc.sql("""
                select count(*) from verification v
                where v.result = 'PASS' and v.next_due_on <= :h
                  and not exists (select 1 from verification w
                                  where w.serial = v.serial and w.result = 'PASS' and w.verified_on > v.verified_on)""")
                .param("h", LocalDate.now(clock).plusDays(days)).query(Long.class).single();
    }

    /** The next due date the register computes: the date plus the type's interval, for a pass only. */
    public static LocalDate nextDue(InstrumentType type, LocalDate verifiedOn, VerificationResult result) {
        return result == VerificationResult.PASS ? verifiedOn.plusMonths(type.intervalMonths()) : null;
    }

    private Optional<Verification> bySerialAndDate(String serial, LocalDate d) {
        return jdbc.sql(SELECT + " where v.serial = :s and v.verified_on = :d").param("s", serial).param("d", d)
                .query(Verification.class).optional();
    }

    private void refuseDuplicate(Valid v, Long selfId) {
        bySerialAndDate(v.serial(), v.verifiedOn()).filter(x -> selfId == null || x.id() != selfId).ifPresent(x -> {
            throw new DomainException("serial", duplicateMessage(v));
        });
    }

    private static String duplicateMessage(Valid v) {
        return "Số hiệu " + v.serial() + " đã có bản ghi kiểm định ngày " + Formats.date(v.verifiedOn()) + ".";
    }

    private record Valid(InstrumentType type, String serial, long ownerId, LocalDate verifiedOn, VerificationKind kind,
                         VerificationResult result, String stampNo, String performedBy, LocalDate nextDueOn) {
    }

    private Valid validate(VerificationCommand c, Function<Long, Organisation> owners) {
        InstrumentType type = type(blankToNull(c.typeCode()))
                .orElseThrow(() -> new DomainException("typeCode", "Cần chọn loại phương tiện đo trong danh mục."));
        String serial = VietnameseText.clean(c.serial());
        if (serial == null) {
            throw new DomainException("serial", "Cần nhập số hiệu (số sản xuất) của phương tiện đo.");
        }
        if (serial.length() > 60) {
            throw new DomainException("serial", "Số hiệu dài quá 60 ký tự.");
        }
        if (c.ownerId() == null || owners.apply(c.ownerId()) == null) {
            throw new DomainException("ownerId", "Cần chọn tổ chức sở hữu phương tiện đo trong danh mục tổ chức.");
        }
        if (c.verifiedOn() == null) {
            throw new DomainException("verifiedOn", "Cần nhập ngày kiểm định.");
        }
        Formats.checkRange("verifiedOn", c.verifiedOn());
        if (c.verifiedOn().isAfter(LocalDate.now(clock))) {
            throw new DomainException("verifiedOn", "Ngày kiểm định " + Formats.date(c.verifiedOn()) + " chưa tới.");
        }
        if (c.kind() == null) {
            throw new DomainException("kind", "Cần chọn hình thức kiểm định (ban đầu, định kỳ, sau sửa chữa).");
        }
        if (c.result() == null) {
            throw new DomainException("result", "Cần chọn kết quả kiểm định (đạt hoặc không đạt).");
        }
        String stamp = VietnameseText.clean(c.stampNo());
        if (stamp != null && stamp.length() > 60) {
            throw new DomainException("stampNo", "Số tem hoặc giấy chứng nhận dài quá 60 ký tự.");
        }
        if (c.result() == VerificationResult.PASS && stamp == null) {
            throw new DomainException("stampNo", "Phương tiện đo đạt yêu cầu: cần nhập số tem hoặc số giấy chứng nhận kiểm định.");
        }
        String by = VietnameseText.clean(c.performedBy());
        if (by != null && by.length() > 200) {
            throw new DomainException("performedBy", "Tên người thực hiện dài quá 200 ký tự.");
        }
        return new Valid(type, serial, c.ownerId(), c.verifiedOn(), c.kind(), c.result(), stamp, by,
                nextDue(type, c.verifiedOn(), c.result()));
    }

    private Map<String, InstrumentType> typeMap() {
        Map<String, InstrumentType> m = types;
        if (m == null) {
            m = new LinkedHashMap<>();
            for (InstrumentType t : jdbc.sql("select code, name, interval_months from instrument_type order by sort_order, code")
                    .query(InstrumentType.class).list()) {
                m.put(t.code(), t);
            }
            types = m;
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
