package vn.gov.khcn.technology.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.khcn.documents.Document;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.documents.Documents;
import vn.gov.khcn.reporting.DateRange;
import vn.gov.khcn.reporting.Indicator;
import vn.gov.khcn.reporting.IndicatorProvider;
import vn.gov.khcn.reporting.IndicatorValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.shared.Rows;
import vn.gov.khcn.technology.InitiativeRound;
import vn.gov.khcn.technology.InitiativeRounds;
import vn.gov.khcn.technology.MarkKind;
import vn.gov.khcn.technology.RoundQuery;

/** technology.appraisals, ip.supportCases, ip.supportOrganisations, ip.programmeProposals, initiatives.rounds, ip.marksBuilt. */
@Component
record TechnologyIndicators(JdbcClient jdbc, Documents documents, InitiativeRounds initiatives) implements IndicatorProvider {
    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator("technology.appraisals", "Dự án đầu tư được cho ý kiến về công nghệ", List.of(),
                        p -> dated(p, "tech_appraisal", "appraised_on", "project_name", "techAppraisal", "/technology/appraisals/")),
                new Indicator("ip.supportCases", "Tổ chức, cá nhân được hướng dẫn hỗ trợ đăng ký quyền sở hữu công nghiệp", List.of(),
                        p -> dated(p, "ip_support_case", "advised_on", "advised_name", "ipSupportCase", "/technology/support-cases/")),
                new Indicator("ip.supportOrganisations", "Tổ chức, cá nhân khác nhau được hướng dẫn hỗ trợ đăng ký quyền sở hữu công nghiệp", List.of(),
                        this::supportOrganisations),
                new Indicator("ip.programmeProposals", "Nhiệm vụ đề xuất tham gia Chương trình phát triển tài sản trí tuệ", List.of(),
                        p -> dated(p, "ip_proposal", "proposed_on", "title", "ipProposal", "/technology/proposals/")),
                new Indicator("initiatives.rounds", "Đợt xét công nhận sáng kiến cấp tỉnh", List.of(), this::rounds),
                new Indicator("ip.marksBuilt", "Nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý được xây dựng", List.of("kind"),
                        this::marksBuilt, d -> d.equals("kind") ? markKinds() : Map.of()));
    }

    /** The kinds of marks by code, as the register labels them, in their order. */
    private static Map<String, String> markKinds() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (MarkKind k : MarkKind.values()) {
            out.put(k.name(), k.label());
        }
        return out;
    }

    /** Marks and indications whose building was completed in P, by kind; names: their names, records: the marks, dated. */
    private IndicatorValue marksBuilt(DateRange p) {
        record Mark(long id, String name, String kind, String product, LocalDate builtOn) {
        }
        List<Mark> rows = jdbc.sql("select id, name, kind, product, built_on from collective_mark where built_on between :s and :e"
                        + " order by built_on, id")
                .param("s", p.start()).param("e", p.end()).query(Rows.of(Mark.class)).list();
        java.util.SortedMap<String, Long> kind = new java.util.TreeMap<>();
        rows.forEach(m -> kind.merge(m.kind(), 1L, Long::sum));
        java.util.SortedMap<String, java.util.SortedMap<String, Long>> by = new java.util.TreeMap<>();
        by.put("kind", kind);
        List<RecordRef> refs = rows.stream().map(m -> new RecordRef("collectiveMark", m.id(), m.name(), "/technology/marks/" + m.id(),
                MarkKind.valueOf(m.kind()).label() + " — " + m.product() + " — " + vn.gov.khcn.shared.Formats.date(m.builtOn()), List.of())).toList();
        return new IndicatorValue((long) rows.size(), by, rows.stream().map(Mark::name).toList(), null, refs);
    }

    private record Row(long id, String label, Long documentId) {
    }

    /** Records of a table dated in P; each cites its document, and the figure's citations are those documents. */
    private IndicatorValue dated(DateRange p, String table, String dateCol, String labelCol, String type, String href) {
        boolean hasDocument = !table.equals("ip_support_case");
        List<Row> rows = jdbc.sql("select id, " + labelCol + " as label, " + (hasDocument ? "document_id" : "cast(null as bigint)")
                        + " as document_id from " + table + " where " + dateCol + " between :s and :e order by " + dateCol + ", id")
                .param("s", p.start()).param("e", p.end()).query(Rows.of(Row.class)).list();
        Map<Long, Document> docs = documents.byIds(rows.stream().map(Row::documentId).filter(Objects::nonNull).distinct().toList());
        List<RecordRef> refs = rows.stream().map(r -> new RecordRef(type, r.id(), r.label(), href + r.id(), null,
                r.documentId() == null ? List.of() : List.of(docs.get(r.documentId()).ref()))).toList();
        List<DocumentRef> citations = refs.stream().flatMap(r -> r.citations().stream()).distinct().toList();
        return new IndicatorValue((long) rows.size(), null, null, citations, refs);
    }

    /**
     * The organisations and persons advised in P, each counted once however many cases it had (by its folded
     * name, as the register keeps it); its record is its first case in P, its names the names as first written.
     */
    private IndicatorValue supportOrganisations(DateRange p) {
        record Case(long id, String name, String folded) {
        }
        List<Case> rows = jdbc.sql("select id, advised_name as name, advised_folded as folded from ip_support_case"
                        + " where advised_on between :s and :e order by advised_on, id")
                .param("s", p.start()).param("e", p.end()).query(Rows.of(Case.class)).list();
        Map<String, Case> first = new java.util.LinkedHashMap<>();
        rows.forEach(c -> first.putIfAbsent(c.folded(), c));
        List<RecordRef> refs = first.values().stream()
                .map(c -> new RecordRef("ipSupportCase", c.id(), c.name(), "/technology/support-cases/" + c.id())).toList();
        return new IndicatorValue((long) refs.size(), null, first.values().stream().map(Case::name).toList(), null, refs);
    }

    private IndicatorValue rounds(DateRange p) {
        List<InitiativeRound> rounds = initiatives.search(RoundQuery.ALL).stream()
                .filter(r -> r.activeIn(p.start(), p.end()))
                .sorted((a, b) -> a.roundYear() != b.roundYear() ? Integer.compare(a.roundYear(), b.roundYear()) : Integer.compare(a.roundNo(), b.roundNo()))
                .toList();
        List<RecordRef> refs = new ArrayList<>();
        for (InitiativeRound r : rounds) {
            List<DocumentRef> cites = new ArrayList<>();
            addIfIn(cites, r.submittedOn(), r.submissionDocumentId(), p);
            addIfIn(cites, r.decidedOn(), r.decisionDocumentId(), p);
            refs.add(new RecordRef("initiativeRound", r.id(), "đợt " + r.roundNo(), "/technology/rounds/" + r.id(),
                    "năm " + r.roundYear(), cites));
        }
        List<String> names = rounds.stream().map(r -> "đợt " + r.roundNo()).toList();
        return new IndicatorValue((long) rounds.size(), null, names, refs.stream().flatMap(r -> r.citations().stream()).toList(), refs);
    }

    private void addIfIn(List<DocumentRef> cites, LocalDate on, Long documentId, DateRange p) {
        if (documentId != null && p.contains(on)) {
            cites.add(documents.get(documentId).ref());
        }
    }
}
