package vn.gov.khcn.reporting.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.gov.khcn.documents.DocumentRef;
import vn.gov.khcn.reporting.FigureSet;
import vn.gov.khcn.reporting.PlanValue;
import vn.gov.khcn.reporting.RecordRef;
import vn.gov.khcn.reporting.ReportCheck;
import vn.gov.khcn.reporting.ReportKind;
import vn.gov.khcn.reporting.ReportPeriod;
import vn.gov.khcn.shared.Formats;

/**
 * The checks a report must pass before it is submitted. Each failure names the indicator and the figures.
 * A dimension named "a/b" (origin/level) is checked per key of "a": the parts "X/…" add up to by.a.X.
 * Sub-breakdowns of one part are declared in {@link #SUB_DIMENSIONS}.
 */
public final class ReportChecks {
    public static final String SUMS = "breakdown-sums";
    public static final String MONTH_WITHIN_YTD = "month-within-ytd";
    public static final String SINGLE_COMPUTATION = "single-computation";
    public static final String CITED_DOCUMENTS = "cited-documents-exist";
    public static final String SOURCES = "indicator-has-source";
    /** Present only when it fails: the report's content could not be rendered (a template nesting too deeply). */
    public static final String CONTENT = "content-renders";
    /** Present only when the year has plans: a plan given per part adds up to the plan of the whole figure. */
    public static final String PLAN_PARTS = "plan-parts-sum";
    /** Present only in a nine-months or year report with plans: a warning listing the figures short of their plan. */
    public static final String PLAN_MISSED = "plan-missed";

    /** code/dimension → the part (dim.KEY) it breaks down. */
    static final Map<String, String> SUB_DIMENSIONS = Map.of("tasks.listedNextYear/management", "level.RURAL_MOUNTAIN");

    private ReportChecks() {
    }

    public static List<ReportCheck> run(FigureSet f, Collection<String> missingCodes,
                                        Function<Collection<Long>, Collection<Long>> existingDocuments) {
        return run(f, null, missingCodes, existingDocuments);
    }

    /** The checks of a report of a kind: those of {@link #run(FigureSet, Collection, Function)} and the plan checks. */
    public static List<ReportCheck> run(FigureSet f, ReportKind kind, Collection<String> missingCodes,
                                        Function<Collection<Long>, Collection<Long>> existingDocuments) {
        List<ReportCheck> out = runFigures(f, missingCodes, existingDocuments);
        if (!f.plans().isEmpty()) {
            planParts(f, out);
            if (kind == ReportKind.NINE_MONTHS || kind == ReportKind.YEAR) {
                planMissed(f, out);
            }
        }
        return out;
    }

    private static List<ReportCheck> runFigures(FigureSet f, Collection<String> missingCodes,
                                                Function<Collection<Long>, Collection<Long>> existingDocuments) {
        List<ReportCheck> out = new ArrayList<>();
        sums(f, out);
        monthWithinYtd(f, out);
        out.add(ReportCheck.ok(SINGLE_COMPUTATION));
        citedDocuments(f, existingDocuments, out);
        for (String code : new TreeSet<>(missingCodes)) {
            out.add(ReportCheck.fail(SOURCES, code, "Chỉ tiêu " + code + " chưa có nguồn số liệu."));
        }
        if (missingCodes.isEmpty()) {
            out.add(ReportCheck.ok(SOURCES));
        }
        return out;
    }

    /** Per figure with a plan of the whole and plans of parts: each dimension's part plans add up to the whole plan. */
    private static void planParts(FigureSet f, List<ReportCheck> out) {
        int before = out.size();
        Map<String, Map<String, Long>> byDim = new java.util.TreeMap<>();
        for (PlanValue p : f.plans().values()) {
            if (p.part() != null && !p.part().isBlank()) {
                String dim = p.part().substring(0, Math.max(0, p.part().indexOf('.')));
                byDim.computeIfAbsent(p.code() + "|" + dim, k -> new java.util.TreeMap<>()).merge("sum", p.planned(), Long::sum);
            }
        }
        byDim.forEach((k, m) -> {
            String code = k.substring(0, k.indexOf('|'));
            String dim = k.substring(k.indexOf('|') + 1);
            PlanValue whole = f.plans().get(code);
            long sum = m.get("sum");
            if (whole != null && whole.planned() != sum) {
                out.add(ReportCheck.fail(PLAN_PARTS, code, "Kế hoạch năm " + whole.year() + " của chỉ tiêu \"" + f.label(code) + "\" (" + code
                        + "): kế hoạch các phần theo " + dim + " cộng lại " + Formats.count(sum) + " khác kế hoạch tổng " + Formats.count(whole.planned()) + "."));
            }
        });
        if (out.size() == before) {
            out.add(ReportCheck.ok(PLAN_PARTS));
        }
    }

    /** The figures whose year-to-date value is short of the year's plan, as "label: done/plan (x%) kế hoạch năm Y". */
    private static void planMissed(FigureSet f, List<ReportCheck> out) {
        List<String> missed = new ArrayList<>();
        String first = null;
        for (PlanValue p : f.plans().values()) {
            FigureExpression e = FigureExpression.parse(p.figure(), false);
            Long done = f.get(ReportPeriod.YTD, p.code()).map(e::number).orElse(null);
            if (done == null || p.planned() <= 0 || done >= p.planned()) {
                continue;
            }
            String label = f.label(p.code());
            if (e.dim() != null) {
                String part = f.partLabels(p.code(), e.dim()).getOrDefault(e.key(), e.key());
                label += " (" + FigureExpression.lowerFirst(part) + ")";
            }
            missed.add(label + ": " + Formats.number(done) + "/" + Formats.number(p.planned()) + " (" + PlanTerm.percent(done, p.planned())
                    + ") kế hoạch năm " + p.year());
            first = first == null ? p.code() : first;
        }
        out.add(missed.isEmpty() ? ReportCheck.ok(PLAN_MISSED) : ReportCheck.fail(PLAN_MISSED, first,
                "Lũy kế chưa đạt kế hoạch năm ở " + missed.size() + " chỉ tiêu: " + String.join("; ", missed) + "."));
    }

    private static void sums(FigureSet f, List<ReportCheck> out) {
        int before = out.size();
        f.ranges().keySet().forEach(period -> f.values(period).forEach((code, v) -> {
            for (var e : v.by().entrySet()) {
                String dim = e.getKey();
                long sum = e.getValue().values().stream().mapToLong(Long::longValue).sum();
                String sub = SUB_DIMENSIONS.get(code + "/" + dim);
                if (sub != null) {
                    int dot = sub.indexOf('.');
                    long whole = v.part(sub.substring(0, dot), sub.substring(dot + 1));
                    if (sum != whole) {
                        out.add(fail(SUMS, code, period, "phần " + dim + " cộng lại " + Formats.count(sum) + " khác " + sub + " = " + Formats.count(whole)));
                    }
                } else if (dim.contains("/")) {
                    String parent = dim.substring(0, dim.indexOf('/'));
                    SortedMap<String, Long> parentParts = v.by().get(parent);
                    TreeSet<String> prefixes = new TreeSet<>();
                    e.getValue().keySet().forEach(k -> prefixes.add(k.substring(0, Math.max(0, k.indexOf('/')))));
                    for (String pre : prefixes) {
                        long s = e.getValue().entrySet().stream().filter(x -> x.getKey().startsWith(pre + "/")).mapToLong(Map.Entry::getValue).sum();
                        long whole = parentParts == null ? 0 : parentParts.getOrDefault(pre, 0L);
                        if (s != whole) {
                            out.add(fail(SUMS, code, period, "phần " + dim + " của " + pre + " cộng lại " + Formats.count(s)
                                    + " khác " + parent + "." + pre + " = " + Formats.count(whole)));
                        }
                    }
                } else if (v.value() != null && sum != v.value()) {
                    out.add(fail(SUMS, code, period, "các phần theo " + dim + " cộng lại " + Formats.count(sum)
                            + " khác tổng số " + Formats.count(v.value())));
                }
            }
        }));
        if (out.size() == before) {
            out.add(ReportCheck.ok(SUMS));
        }
    }

    private static void monthWithinYtd(FigureSet f, List<ReportCheck> out) {
        int before = out.size();
        f.values(ReportPeriod.MONTH).forEach((code, m) -> f.get(ReportPeriod.YTD, code).ifPresent(y -> {
            if (m.value() != null && y.value() != null && m.value() > y.value()) {
                out.add(ReportCheck.fail(MONTH_WITHIN_YTD, code, "Chỉ tiêu " + code + ": số của tháng (" + Formats.count(m.value())
                        + ") lớn hơn số lũy kế từ đầu năm (" + Formats.count(y.value()) + ")."));
            }
        }));
        if (out.size() == before) {
            out.add(ReportCheck.ok(MONTH_WITHIN_YTD));
        }
    }

    private static void citedDocuments(FigureSet f, Function<Collection<Long>, Collection<Long>> existing, List<ReportCheck> out) {
        TreeSet<Long> ids = new TreeSet<>();
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        f.ranges().keySet().forEach(period -> f.values(period).forEach((code, v) -> {
            List<DocumentRef> refs = new ArrayList<>(v.citations());
            for (RecordRef r : v.records()) {
                refs.addAll(r.citations());
            }
            for (DocumentRef d : refs) {
                ids.add(d.id());
                names.putIfAbsent(d.id(), d.citation());
                codes.putIfAbsent(d.id(), code);
            }
        }));
        Collection<Long> found = ids.isEmpty() ? List.of() : existing.apply(ids);
        int before = out.size();
        for (Long id : ids) {
            if (!found.contains(id)) {
                out.add(ReportCheck.fail(CITED_DOCUMENTS, codes.get(id), "Chỉ tiêu " + codes.get(id) + " trích dẫn văn bản \""
                        + names.get(id) + "\" (mã " + id + ") không có trong sổ văn bản."));
            }
        }
        if (out.size() == before) {
            out.add(ReportCheck.ok(CITED_DOCUMENTS));
        }
    }

    private static ReportCheck fail(String rule, String code, String period, String what) {
        return ReportCheck.fail(rule, code, "Chỉ tiêu " + code + " (" + (period.equals(ReportPeriod.MONTH) ? "tháng" : "lũy kế") + "): " + what + ".");
    }

}
