package vn.gov.khcn.metrology;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.metrology.internal.VerificationBatchWriter;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The measuring-instrument verification register, kept by the application centre: one verification of a serial a
 * day. Built for volume: the list pages by limit/offset over indexed columns, and many records at once go through
 * {@link #recordAll} (JDBC batch) or, for imports, {@link VerificationTransfer#load} (COPY), validated alike.
 */
@Service
public class Verifications {
    static final RecordType<Verification> VERIFICATION = RecordType.of("verification", "bản ghi kiểm định", "verification",
            Metrology.OWNER, Verification::reportDates, Verification::label);
    static final String SELECT = """
            select v.id, v.type_code, t.name as type_name, v.serial, v.owner_id, o.name as owner_name, v.verified_on,
                   v.kind, v.result, v.stamp_no, v.performed_by, v.next_due_on, v.unit, v.version, v.import_id
            from verification v join instrument_type t on t.code = v.type_code join organisation o on o.id = v.owner_id""";
    private static final String SAME = "cùng số hiệu và ngày kiểm định";
    private final JdbcClient jdbc;
    private final InstrumentTypes types;
    private final Organisations organisations;
    private final PeriodLocks locks;
    private final VerificationBatchWriter batch;
    private final Clock clock;
    private final Register<Verification> verifications;
    private final LatestVerifications latest;

    Verifications(JdbcClient jdbc, InstrumentTypes types, Organisations organisations, PeriodLocks locks, VerificationBatchWriter batch,
                  Clock clock, RecordWrites writes, LatestVerifications latest) {
        this.jdbc = jdbc;
        this.latest = latest;
        this.types = types;
        this.organisations = organisations;
        this.locks = locks;
        this.batch = batch;
        this.clock = clock;
        this.verifications = writes.register(VERIFICATION, this::get);
    }

    public Verification get(long id) {
        return RecordSql.get(jdbc, Verification.class, SELECT + " where v.id = :id", id, "bản ghi kiểm định");
    }

    /** The verification of a serial on a day: a verification's identity. */
    public Optional<Verification> find(String serial, LocalDate verifiedOn) {
        return jdbc.sql(SELECT + " where v.serial = :s and v.verified_on = :d").param("s", serial).param("d", verifiedOn)
                .query(Rows.of(Verification.class)).optional();
    }

    /**
     * One page of verifications, newest first. The WHERE clause holds only the filters given, so each
     * query shape gets its own plan on the (type, date), date, owner and serial indexes.
     */
    public PageResult<Verification> search(VerificationQuery q, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, params);
        long total = jdbc.sql("select count(*) from verification v" + where).params(params).query(Long.class).single();
        List<Verification> items = jdbc.sql(SELECT + where + " order by v.verified_on desc, v.id desc limit :lim offset :off")
                .params(params).param("lim", size).param("off", (long) page * size)
                .query(Rows.of(Verification.class)).list();
        return new PageResult<>(items, page, size, total);
    }

    /** The list's WHERE clause for the filters given, with its parameters (shared by the list, its count and exports). */
    static String where(VerificationQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (q.type() != null) {
            where.append(" and v.type_code = :t");
            params.put("t", q.type());
        }
        if (q.year() != null) {
            where.append(" and v.verified_on >= :ys and v.verified_on < :ye");
            params.put("ys", LocalDate.of(q.year(), 1, 1));
            params.put("ye", LocalDate.of(q.year() + 1, 1, 1));
        }
        if (q.from() != null) {
            where.append(" and v.verified_on >= :df");
            params.put("df", q.from());
        }
        if (q.to() != null) {
            where.append(" and v.verified_on <= :dt");
            params.put("dt", q.to());
        }
        if (q.result() != null) {
            where.append(" and v.result = :r");
            params.put("r", q.result().name());
        }
        if (q.owner() != null) {
            where.append(" and v.owner_id = :o");
            params.put("o", q.owner());
        }
        String serial = VietnameseText.clean(q.serial());
        if (serial != null) {
            where.append(" and v.serial = :s");
            params.put("s", serial);
        }
        return where.toString();
    }

    @Transactional
    public Verification record(VerificationCommand c) {
        Verification added = verifications.add(Metrology.OWNER, c.reason(), SAME, () -> RecordSql.insert(jdbc, """
                insert into verification(type_code, serial, owner_id, verified_on, kind, result, stamp_no, performed_by, next_due_on)
                values (:typeCode, :serial, :ownerId, :verifiedOn, :kind, :result, :stampNo, :performedBy, :nextDueOn)""",
                single(c, null)));
        latest.refresh(List.of(added.serial()));
        return added;
    }

    @Transactional
    public Verification correct(long id, VerificationCommand c) {
        String serialBefore = get(id).serial();
        Verification corrected = verifications.change(id, c.version(), c.reason(), before -> RecordSql.update(jdbc, """
                update verification set type_code = :typeCode, serial = :serial, owner_id = :ownerId, verified_on = :verifiedOn,
                       kind = :kind, result = :result, stamp_no = :stampNo, performed_by = :performedBy, next_due_on = :nextDueOn
                where id = :id""", id, single(c, id)));
        latest.refresh(List.of(serialBefore, corrected.serial()));
        return corrected;
    }

    /**
     * Records many verifications at once (demo data): each is validated as {@link #record} does, then all are
     * inserted by JDBC batch with one audit row each, in one transaction. A batch carries no reason, so it is refused
     * when one of its days lies in an issued report's period (an import with a reason is the way to add those).
     */
    @Transactional
    public int recordAll(List<VerificationCommand> commands) {
        verifications.requireEdit(Metrology.OWNER);
        Set<Long> ownerIds = commands.stream().map(VerificationCommand::ownerId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Organisation> owners = organisations.byIds(ownerIds);
        List<VerificationBatchWriter.Row> rows = new ArrayList<>(commands.size());
        Set<String> seen = new HashSet<>();
        Set<LocalDate> days = new TreeSet<>();
        for (VerificationCommand c : commands) {
            VerificationBatchWriter.Row r;
            try {
                r = validRow(c, owners::get);
            } catch (DomainException e) {
                throw new DomainException(e.field(), "Dòng " + (rows.size() + 1) + ": " + e.getMessage());
            }
            if (!seen.add(r.serial() + "|" + r.verifiedOn())) {
                throw new DomainException("serial", "Dòng " + (rows.size() + 1) + ": " + duplicate(r.serial(), r.verifiedOn()));
            }
            rows.add(r);
            days.add(r.verifiedOn());
        }
        locks.checkChange(VERIFICATION.auditName(), 0, days, null);
        batch.refuseExisting(rows, r -> new DomainException("serial", duplicate(r.serial(), r.verifiedOn())));
        try {
            batch.insert(rows, CurrentUser.get().username());
            latest.refresh(rows.stream().map(VerificationBatchWriter.Row::serial).toList());
        } catch (DuplicateKeyException e) {
            throw new DomainException("serial", "Có bản ghi kiểm định " + SAME + " vừa được vào sổ: không lưu thêm.");
        }
        return rows.size();
    }

    /** Validates a command as {@link #record} does and gives the row to write (bulk loads); {@code owners} finds an owner by id. */
    VerificationBatchWriter.Row validRow(VerificationCommand c, LongFunction<Organisation> owners) {
        Valid v = validate(c, owners);
        return new VerificationBatchWriter.Row(v.typeCode(), v.serial(), v.ownerId(), v.verifiedOn(), v.kind().name(), v.result().name(),
                v.stampNo(), v.performedBy(), v.nextDueOn(), Metrology.OWNER.name());
    }

    /** A verification entered on its own: checked, and refused when its serial is verified that day already. */
    private Valid single(VerificationCommand c, Long id) {
        Valid v = validate(c, owner -> organisations.find(owner).orElse(null));
        find(v.serial(), v.verifiedOn()).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("serial", duplicate(v.serial(), v.verifiedOn()));
        });
        return v;
    }

    private static String duplicate(String serial, LocalDate on) {
        return "Số hiệu " + serial + " đã có bản ghi kiểm định ngày " + Formats.date(on) + ".";
    }

    /** A verification as the register stores it: checked and cleaned, with its computed next due date. */
    private record Valid(String typeCode, String serial, long ownerId, LocalDate verifiedOn, VerificationKind kind,
                         VerificationResult result, String stampNo, String performedBy, LocalDate nextDueOn) {
    }

    /** Checks a verification's values; {@code owners} finds an owner by id. */
    private Valid validate(VerificationCommand c, LongFunction<Organisation> owners) {
        InstrumentType type = Check.chosen("typeCode", "loại phương tiện đo trong danh mục", types.find(c.typeCode()).orElse(null));
        String serial = Check.text("serial", "số hiệu (số sản xuất) của phương tiện đo", c.serial(), 60);
        Check.chosen("ownerId", "tổ chức sở hữu phương tiện đo trong danh mục tổ chức", c.ownerId() == null ? null : owners.apply(c.ownerId()));
        LocalDate on = Check.date("verifiedOn", "ngày kiểm định", c.verifiedOn());
        if (on.isAfter(LocalDate.now(clock))) {
            throw new DomainException("verifiedOn", "Ngày kiểm định " + Formats.date(on) + " chưa tới.");
        }
        VerificationKind kind = Check.chosen("kind", "hình thức kiểm định (ban đầu, định kỳ, sau sửa chữa)", c.kind());
        VerificationResult result = Check.chosen("result", "kết quả kiểm định (đạt hoặc không đạt)", c.result());
        String stamp = Check.optionalText("stampNo", "số tem hoặc giấy chứng nhận", c.stampNo(), 60);
        if (result == VerificationResult.PASS && stamp == null) {
            throw new DomainException("stampNo", "Phương tiện đo đạt yêu cầu: cần nhập số tem hoặc số giấy chứng nhận kiểm định.");
        }
        String by = Check.optionalText("performedBy", "tên người thực hiện", c.performedBy(), 200);
        return new Valid(type.code(), serial, c.ownerId(), on, kind, result, stamp, by, type.nextDue(on, result));
    }
}
