package vn.gov.khcn.inspection;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.ConcurrentEditException;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.shared.VietnameseText;

/** The inspectorate's register of specialised inspections. */
@Service
public class Inspections {
    public static final Unit OWNER = Unit.INSPECTORATE;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Documents documents;
    private final Organisations organisations;
    private final PeriodLocks locks;

    Inspections(JdbcClient jdbc, AuditTrail audit, Documents documents, Organisations organisations, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.documents = documents;
        this.organisations = organisations;
        this.locks = locks;
    }

    private record Head(long id, long decisionDocId, String field, String title, LocalDate openedOn, String followUp, Unit unit,
                        int version) {
    }

    public List<Inspection> list(Integer year, InspectionField field) {
        List<Head> heads = jdbc.sql("""
                select id, decision_doc_id, field, title, opened_on, follow_up, unit, version from inspection
                where (cast(:ys as date) is null or (opened_on >= :ys and opened_on < :ye))
                  and (cast(:f as varchar) is null or field = :f)
                order by opened_on desc, id desc""")
                .param("ys", year == null ? null : LocalDate.of(year, 1, 1)).param("ye", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .param("f", field == null ? null : field.name()).query(Head.class).list();
        return heads.stream().map(this::full).toList();
    }

    public Inspection get(long id) {
        return full(jdbc.sql("select id, decision_doc_id, field, title, opened_on, follow_up, unit, version from inspection where id = :id")
                .param("id", id).query(Head.class).optional().orElseThrow(() -> new NotFoundException("cuộc thanh tra", id)));
    }

    /** The inspection opened by the decision (document number and date): an inspection's identity. */
    public java.util.Optional<Inspection> findByDecision(String decisionNumber, LocalDate decisionDate) {
        return documents.find(decisionNumber, decisionDate).flatMap(d -> jdbc.sql("""
                        select id, decision_doc_id, field, title, opened_on, follow_up, unit, version from inspection
                        where decision_doc_id = :d""").param("d", d.id()).query(Head.class).optional()).map(this::full);
    }

    private Inspection full(Head h) {
        List<InspectedFacility> fs = jdbc.sql("""
                select f.id, f.inspection_id, f.facility_id, o.name as facility_name, f.violations, f.violation_notes, f.sanction,
                       f.fine_vnd, f.version
                from inspection_facility f join organisation o on o.id = f.facility_id
                where f.inspection_id = :id order by f.id""").param("id", h.id()).query(InspectedFacility.class).list();
        String decision = documents.find(h.decisionDocId()).map(Document::citation).orElse("");
        return new Inspection(h.id(), h.decisionDocId(), decision, InspectionField.valueOf(h.field()), h.title(), h.openedOn(),
                h.followUp(), h.unit(), h.version(), fs);
    }

    @Transactional
    public Inspection open(InspectionCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), OWNER);
        Head v = validate(c, null);
        KeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into inspection(decision_doc_id, field, title, opened_on, follow_up, unit)
                values (:d, :f, :t, :on, :fu, :u)""")
                .param("d", v.decisionDocId()).param("f", v.field()).param("t", v.title()).param("on", v.openedOn())
                .param("fu", v.followUp()).param("u", OWNER.name()).update(kh, "id");
        Inspection saved = get(kh.getKey().longValue());
        audit.record("inspection", saved.id(), "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Inspection change(long id, InspectionCommand c) {
        Inspection before = get(id);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        Head v = validate(c, id);
        locks.checkChange("inspection", id, List.of(before.openedOn(), v.openedOn()), c.reason());
        int n = jdbc.sql("""
                update inspection set decision_doc_id = :d, field = :f, title = :t, opened_on = :on, follow_up = :fu,
                       version = version + 1 where id = :id and version = :ver""")
                .param("d", v.decisionDocId()).param("f", v.field()).param("t", v.title()).param("on", v.openedOn())
                .param("fu", v.followUp()).param("id", id).param("ver", c.version() == null ? before.version() : c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Cuộc thanh tra \"" + before.title() + "\"", before.toString());
        }
        Inspection after = get(id);
        audit.record("inspection", id, "UPDATE", before, after, VietnameseText.clean(c.reason()));
        return after;
    }

    /** Adds a facility inspected, with its violations and fine; a facility appears once per inspection. */
    @Transactional
    public Inspection addFacility(long inspectionId, FacilityFindingCommand c) {
        Inspection before = get(inspectionId);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        Organisation f = facility(c);
        if (before.facilities().stream().anyMatch(x -> x.facilityId() == f.id())) {
            throw new DomainException("facilityId", f.name() + " đã có trong cuộc thanh tra này.");
        }
        jdbc.sql("""
                insert into inspection_facility(inspection_id, facility_id, violations, violation_notes, sanction, fine_vnd)
                values (:i, :f, :v, :vn, :s, :fine)""")
                .param("i", inspectionId).param("f", f.id()).param("v", violations(c)).param("vn", text("violationNotes", c.violationNotes(), 4000))
                .param("s", text("sanction", c.sanction(), 1000)).param("fine", fine(c)).update();
        jdbc.sql("update inspection set version = version + 1 where id = :id").param("id", inspectionId).update();
        Inspection after = get(inspectionId);
        audit.record("inspection", inspectionId, "ADD_FACILITY", before, after);
        return after;
    }

    /** Corrects the findings recorded for a facility of an inspection (violations, sanction, fine). */
    @Transactional
    public Inspection changeFacility(long inspectionId, long findingId, FacilityFindingCommand c) {
        Inspection before = get(inspectionId);
        AccessPolicy.requireEdit(CurrentUser.get(), before.unit());
        InspectedFacility old = before.facilities().stream().filter(f -> f.id() == findingId).findFirst()
                .orElseThrow(() -> new NotFoundException("cơ sở được thanh tra", findingId));
        Organisation f = facility(c);
        if (before.facilities().stream().anyMatch(x -> x.facilityId() == f.id() && x.id() != findingId)) {
            throw new DomainException("facilityId", f.name() + " đã có trong cuộc thanh tra này.");
        }
        int n = jdbc.sql("""
                update inspection_facility set facility_id = :f, violations = :v, violation_notes = :vn, sanction = :s, fine_vnd = :fine,
                       version = version + 1 where id = :id and inspection_id = :i and version = :ver""")
                .param("f", f.id()).param("v", violations(c)).param("vn", text("violationNotes", c.violationNotes(), 4000))
                .param("s", text("sanction", c.sanction(), 1000)).param("fine", fine(c)).param("id", findingId).param("i", inspectionId)
                .param("ver", c.version() == null ? old.version() : c.version()).update();
        if (n == 0) {
            throw new ConcurrentEditException("Kết quả thanh tra tại " + old.facilityName(), old.toString());
        }
        jdbc.sql("update inspection set version = version + 1 where id = :id").param("id", inspectionId).update();
        Inspection after = get(inspectionId);
        audit.record("inspection", inspectionId, "CHANGE_FACILITY", before, after);
        return after;
    }

    private Organisation facility(FacilityFindingCommand c) {
        if (c.facilityId() == null) {
            throw new DomainException("facilityId", "Cần chọn cơ sở được thanh tra trong danh mục tổ chức.");
        }
        return organisations.find(c.facilityId()).orElseThrow(() ->
                new DomainException("facilityId", "Không có cơ sở mã " + c.facilityId() + " trong danh mục tổ chức."));
    }

    private static int violations(FacilityFindingCommand c) {
        int v = c.violations() == null ? 0 : c.violations();
        if (v < 0) {
            throw new DomainException("violations", "Số hành vi vi phạm không được âm.");
        }
        return v;
    }

    private static long fine(FacilityFindingCommand c) {
        long f = c.fineVnd() == null ? 0 : c.fineVnd();
        if (f < 0) {
            throw new DomainException("fineVnd", "Số tiền phạt không được âm.");
        }
        if (f > 0 && violations(c) == 0) {
            throw new DomainException("fineVnd", "Có tiền phạt thì phải có ít nhất một hành vi vi phạm.");
        }
        return f;
    }

    private Head validate(InspectionCommand c, Long selfId) {
        Document decision = c.decisionDocId() == null ? null : documents.find(c.decisionDocId()).orElse(null);
        if (decision == null) {
            throw new DomainException("decisionDocId", "Cần chọn quyết định thanh tra trong sổ văn bản.");
        }
        if (jdbc.sql("select count(*) from inspection where decision_doc_id = :d and (cast(:id as bigint) is null or id <> :id)")
                .param("d", decision.id()).param("id", selfId).query(Long.class).single() > 0) {
            throw new DomainException("decisionDocId", "Đã có cuộc thanh tra theo Quyết định " + decision.citation() + " trong sổ.");
        }
        if (c.field() == null) {
            throw new DomainException("field", "Cần chọn lĩnh vực thanh tra.");
        }
        String title = text("title", c.title(), 500);
        if (title == null) {
            throw new DomainException("title", "Cần nhập tên cuộc thanh tra.");
        }
        if (c.openedOn() == null) {
            throw new DomainException("openedOn", "Cần nhập ngày công bố quyết định thanh tra.");
        }
        Formats.checkRange("openedOn", c.openedOn());
        return new Head(0, c.decisionDocId(), c.field().name(), title, c.openedOn(), text("followUp", c.followUp(), 4000), OWNER, 0);
    }

    private static String text(String field, String s, int max) {
        String t = VietnameseText.clean(s);
        if (t != null && t.length() > max) {
            throw new DomainException(field, "Nội dung dài quá " + max + " ký tự.");
        }
        return t;
    }
}
