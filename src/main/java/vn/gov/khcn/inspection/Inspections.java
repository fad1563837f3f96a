package vn.gov.khcn.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.organisations.Organisation;
import vn.gov.khcn.organisations.Organisations;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.records.Register;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.shared.Unit;
import vn.gov.khcn.vocabulary.Vocabularies;
import vn.gov.khcn.vocabulary.VocabularyList;

/**
 * The inspectorate's register of specialised inspections and the facilities each inspected: one inspection per
 * decision, each facility once in an inspection. A facility is added or corrected with its inspection held, so what
 * is written about an inspection's facilities is written one at a time.
 */
@Service
public class Inspections {
    public static final Unit OWNER = Unit.keeping("inspection", "thanh tra chuyên ngành", Unit.INSPECTORATE);
    static final RecordType<Inspection> INSPECTION = RecordType.of("inspection", "cuộc thanh tra", "inspection", OWNER,
            Inspection::reportDates, Inspection::title);
    static final RecordType<InspectedFacility> FACILITY = RecordType.of("inspection-facility", "cơ sở được thanh tra",
            "inspection_facility", OWNER, InspectedFacility::reportDates, InspectedFacility::facilityName);
    private static final String HEAD = "select id, decision_doc_id, field, title, opened_on, follow_up, unit, version, kind from inspection";
    private static final String FACILITIES = """
            select f.id, f.inspection_id, f.facility_id, o.name as facility_name, f.violations, f.violation_notes, f.sanction,
                   f.fine_vnd, i.opened_on, f.version, f.instruments_checked
            from inspection_facility f join organisation o on o.id = f.facility_id join inspection i on i.id = f.inspection_id""";
    private final JdbcClient jdbc;
    private final Documents documents;
    private final Organisations organisations;
    private final Register<Inspection> inspections;
    private final Register<InspectedFacility> facilities;
    private final Vocabularies vocabularies;

    Inspections(JdbcClient jdbc, Documents documents, Organisations organisations, RecordWrites writes, Vocabularies vocabularies) {
        this.jdbc = jdbc;
        this.vocabularies = vocabularies;
        this.documents = documents;
        this.organisations = organisations;
        this.inspections = writes.register(INSPECTION, this::get);
        this.facilities = writes.register(FACILITY, this::facility);
    }

    /** The fields a form offers, label by code: the current ones, and {@code kept} (a saved inspection's) even if retired. */
    public java.util.Map<String, String> fieldChoices(InspectionField kept) {
        return vocabularies.pickable(VocabularyList.INSPECTION_FIELD, kept == null ? null : kept.code());
    }

    /** The kinds a form offers (thanh tra, kiểm tra…), label by code: the current ones, and {@code kept} even if retired. */
    public java.util.Map<String, String> kindChoices(InspectionKind kept) {
        return vocabularies.pickable(VocabularyList.INSPECTION_KIND, kept == null ? null : kept.code());
    }

    /** Every kind's label by its code, retired ones too. */
    public java.util.Map<String, String> kindLabels() {
        return vocabularies.labels(VocabularyList.INSPECTION_KIND);
    }

    /** Every field's label by its code, retired ones too: what lists, filters and exports print. */
    public java.util.Map<String, String> fieldLabels() {
        return vocabularies.labels(VocabularyList.INSPECTION_FIELD);
    }

    private record Head(long id, long decisionDocId, InspectionField field, String title, LocalDate openedOn, String followUp, Unit unit,
                        int version, InspectionKind kind) {
    }

    public List<Inspection> search(InspectionQuery q) {
        return jdbc.sql(HEAD + " where (cast(:ys as date) is null or (opened_on >= :ys and opened_on < :ye))"
                        + " and (cast(:f as varchar) is null or field = :f) order by opened_on desc, id desc")
                .param("ys", q.year() == null ? null : LocalDate.of(q.year(), 1, 1))
                .param("ye", q.year() == null ? null : LocalDate.of(q.year() + 1, 1, 1))
                .param("f", q.field() == null ? null : q.field().name()).query(Rows.of(Head.class)).list().stream().map(this::full).toList();
    }

    public Inspection get(long id) {
        return full(jdbc.sql(HEAD + " where id = :id").param("id", id).query(Rows.of(Head.class)).optional()
                .orElseThrow(() -> new NotFoundException("cuộc thanh tra", id)));
    }

    /** A facility inspected, by the id of its row. */
    public InspectedFacility facility(long id) {
        return RecordSql.get(jdbc, InspectedFacility.class, FACILITIES + " where f.id = :id", id, "cơ sở được thanh tra");
    }

    /** The inspection opened by the decision (document number and date): an inspection's identity. */
    public Optional<Inspection> findByDecision(String decisionNumber, LocalDate decisionDate) {
        return documents.find(decisionNumber, decisionDate).flatMap(d -> jdbc.sql(HEAD + " where decision_doc_id = :d")
                .param("d", d.id()).query(Rows.of(Head.class)).optional()).map(this::full);
    }

    private Inspection full(Head h) {
        List<InspectedFacility> fs = jdbc.sql(FACILITIES + " where f.inspection_id = :id order by f.id").param("id", h.id())
                .query(Rows.of(InspectedFacility.class)).list();
        String decision = documents.find(h.decisionDocId()).map(Document::citation).orElse("");
        return new Inspection(h.id(), h.decisionDocId(), decision, h.field(), h.title(), h.openedOn(), h.followUp(), h.unit(), h.version(), fs, h.kind());
    }

    @Transactional
    public Inspection record(InspectionCommand c) {
        return inspections.add(OWNER, c.reason(), "cùng quyết định thanh tra", () -> RecordSql.insert(jdbc, """
                insert into inspection(decision_doc_id, field, title, opened_on, follow_up, kind)
                values (:decisionDocId, :field, :title, :openedOn, :followUp, :kind)""", validate(c, null)));
    }

    @Transactional
    public Inspection correct(long id, InspectionCommand c) {
        return inspections.change(id, c.version(), c.reason(), before -> RecordSql.update(jdbc, """
                update inspection set decision_doc_id = :decisionDocId, field = :field, title = :title, opened_on = :openedOn,
                       follow_up = :followUp, kind = :kind where id = :id""", id, validate(c, id)));
    }

    /** Adds a facility inspected, with its violations and fine; a facility appears once per inspection. */
    @Transactional
    public Inspection recordFacility(long inspectionId, FacilityFindingCommand c) {
        facilities.requireEdit(OWNER);
        inspections.hold(inspectionId);
        facilities.add(OWNER, c.reason(), "mỗi cơ sở một lần trong một cuộc thanh tra", () -> RecordSql.insert(jdbc, """
                insert into inspection_facility(inspection_id, facility_id, violations, violation_notes, sanction, fine_vnd, instruments_checked)
                values (:inspectionId, :facilityId, :violations, :violationNotes, :sanction, :fineVnd, :instrumentsChecked)""", validate(inspectionId, c, null)));
        return get(inspectionId);
    }

    /** Corrects the findings recorded for a facility of an inspection (the facility, violations, sanction, fine). */
    @Transactional
    public Inspection correctFacility(long inspectionId, long facilityRowId, FacilityFindingCommand c) {
        facilities.requireEdit(OWNER);
        inspections.hold(inspectionId);
        if (facility(facilityRowId).inspectionId() != inspectionId) {
            throw new NotFoundException("cơ sở được thanh tra trong cuộc thanh tra " + inspectionId, facilityRowId);
        }
        facilities.change(facilityRowId, c.version(), c.reason(), before -> RecordSql.update(jdbc, """
                update inspection_facility set facility_id = :facilityId, violations = :violations, violation_notes = :violationNotes,
                       sanction = :sanction, fine_vnd = :fineVnd, instruments_checked = :instrumentsChecked where id = :id""", facilityRowId, validate(inspectionId, c, facilityRowId)));
        return get(inspectionId);
    }

    /** An inspection as the register stores it: checked and cleaned. */
    private record Valid(long decisionDocId, InspectionField field, String title, LocalDate openedOn, String followUp, InspectionKind kind) {
    }

    private Valid validate(InspectionCommand c, Long id) {
        long docId = Check.chosen("decisionDocId", "quyết định thanh tra trong sổ văn bản", c.decisionDocId());
        Document decision = documents.find(docId).orElseThrow(() ->
                new DomainException("decisionDocId", "Không có quyết định mã " + docId + " trong sổ văn bản."));
        if (jdbc.sql("select count(*) from inspection where decision_doc_id = :d and (cast(:id as bigint) is null or id <> :id)")
                .param("d", decision.id()).param("id", id).query(Long.class).single() > 0) {
            throw new DomainException("decisionDocId", "Đã có cuộc thanh tra theo Quyết định " + decision.citation() + " trong sổ.");
        }
        InspectionField field = Check.chosen("field", "lĩnh vực thanh tra", c.field());
        // a saved inspection keeps a field retired since; a new inspection, or a new field, is one of the current fields
        if (id == null || !field.equals(get(id).field())) {
            field = new InspectionField(vocabularies.resolve(VocabularyList.INSPECTION_FIELD, "field", field.code()).code());
        }
        InspectionKind kind = c.kind() == null ? InspectionKind.INSPECTION : c.kind();
        // likewise a saved inspection keeps a kind retired since
        if (id == null || !kind.equals(get(id).kind())) {
            kind = new InspectionKind(vocabularies.resolve(VocabularyList.INSPECTION_KIND, "kind", kind.code()).code());
        }
        String title = Check.text("title", "tên cuộc thanh tra", c.title(), 500);
        LocalDate on = Check.date("openedOn", "ngày công bố quyết định thanh tra", c.openedOn());
        return new Valid(decision.id(), field, title, on, Check.optionalText("followUp", "kết luận, theo dõi sau thanh tra", c.followUp(), 4000),
                kind);
    }

    /** A facility inspected as the register stores it: checked, no violations and no fine when left empty. */
    private record Finding(long inspectionId, long facilityId, int violations, String violationNotes, String sanction, long fineVnd,
                           int instrumentsChecked) {
    }

    private Finding validate(long inspectionId, FacilityFindingCommand c, Long id) {
        long chosen = Check.chosen("facilityId", "cơ sở được thanh tra trong danh mục tổ chức", c.facilityId());
        Organisation f = organisations.find(chosen).orElseThrow(() ->
                new DomainException("facilityId", "Không có cơ sở mã " + chosen + " trong danh mục tổ chức."));
        if (jdbc.sql("""
                select count(*) from inspection_facility where inspection_id = :i and facility_id = :f
                   and (cast(:id as bigint) is null or id <> :id)""")
                .param("i", inspectionId).param("f", f.id()).param("id", id).query(Long.class).single() > 0) {
            throw new DomainException("facilityId", f.name() + " đã có trong cuộc thanh tra này.");
        }
        int violations = Check.nonNegative("violations", "số hành vi vi phạm", c.violations() == null ? 0 : c.violations());
        long fine = c.fineVnd() == null ? 0 : c.fineVnd();
        if (fine < 0) {
            throw new DomainException("fineVnd", "Số tiền phạt không được âm.");
        }
        if (fine > 0 && violations == 0) {
            throw new DomainException("fineVnd", "Có tiền phạt thì phải có ít nhất một hành vi vi phạm.");
        }
        return new Finding(inspectionId, f.id(), violations, Check.optionalText("violationNotes", "nội dung vi phạm", c.violationNotes(), 4000),
                Check.optionalText("sanction", "hình thức xử lý", c.sanction(), 1000), fine,
                Check.nonNegative("instrumentsChecked", "số phương tiện đo được kiểm tra", c.instrumentsChecked() == null ? 0 : c.instrumentsChecked()));
    }
}
