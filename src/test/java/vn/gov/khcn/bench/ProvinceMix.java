package vn.gov.khcn.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.khcn.reliability.LoadRun;
import vn.gov.khcn.reliability.WebSession;

/**
 * What the clerks of a large province ask the server, as a cycle of 20 requests ({@link #CYCLE}): 16 reads — the
 * verification list with its filters (4), the due list and its filtered and paged variants (4), the task list (2), the
 * document list (2), the organisation search (2), a report's page (1) and its preview (1) — and 4 writes through the
 * forms (2 organisations, 2 documents), each write with the GET of its form for the CSRF token counted in its time. The filter values come from the
 * database (instrument types, owners, years, serials, hosts, words of names) so every filter finds rows.
 */
final class ProvinceMix implements LoadRun.Mix {
    static final String VERIFICATIONS = "read: verification list, filtered";
    static final String DUE = "read: due list (/due, by unit, by kind, paged)";
    static final String TASKS = "read: task list, filtered";
    static final String DOCUMENTS = "read: document list, filtered";
    static final String ORGANISATIONS = "read: organisation search";
    static final String REPORT = "read: report page /reports/{id}";
    static final String PREVIEW = "read: report preview /reports/{id}/preview";
    static final String NEW_ORGANISATION = "write: organisation (form)";
    static final String NEW_DOCUMENT = "write: document (form)";
    /** One client's cycle; each client starts at a different place in it. */
    static final String[] CYCLE = {VERIFICATIONS, DUE, TASKS, ORGANISATIONS, NEW_ORGANISATION, DOCUMENTS, VERIFICATIONS, DUE, REPORT,
        NEW_DOCUMENT, VERIFICATIONS, TASKS, DUE, ORGANISATIONS, NEW_ORGANISATION, DOCUMENTS, PREVIEW, VERIFICATIONS, DUE, NEW_DOCUMENT};
    private static final Pattern DUE_KIND = Pattern.compile("<option value=\"([^\"]+)\"");

    final String run;
    final long reportId;
    private final List<String> types = new ArrayList<>();
    private final List<Long> owners = new ArrayList<>();
    private final List<String> serials = new ArrayList<>();
    private final List<Long> hosts = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<String> dueKinds = new ArrayList<>();
    private final int firstYear;
    private final int lastYear;

    /** The facts the filters use, read from the database, and the due list's kinds from its page. */
    ProvinceMix(Connection db, WebSession office, String run, long reportId) throws Exception {
        this.run = run;
        this.reportId = reportId;
        try (Statement s = db.createStatement()) {
            strings(s, "select code from instrument_type order by code", types);
            longs(s, "select owner_id from verification group by owner_id order by count(*) desc limit 40", owners);
            strings(s, "select serial from verification where id % 4999 = 0 limit 40", serials);
            longs(s, "select host_id from task where host_id is not null group by host_id order by count(*) desc limit 20", hosts);
            strings(s, "select split_part(name, ' ', 3) from organisation where name like '% % %' and name not like 'Tải %' limit 30", words);
            try (ResultSet r = s.executeQuery("select extract(year from min(verified_on)), extract(year from max(verified_on)) from verification")) {
                r.next();
                firstYear = r.getInt(1) == 0 ? 2020 : r.getInt(1);
                lastYear = r.getInt(2) == 0 ? 2026 : r.getInt(2);
            }
        }
        words.removeIf(w -> w.isBlank() || w.length() < 3);
        if (words.isEmpty()) {
            words.add("Hòa");
        }
        String due = office.get("/due");
        Matcher m = DUE_KIND.matcher(due.substring(Math.max(0, due.indexOf("name=\"kind\""))));
        while (m.find() && dueKinds.size() < 10) {
            if (!m.group(1).isEmpty()) {
                dueKinds.add(m.group(1));
            }
        }
        if (types.isEmpty() || owners.isEmpty()) {
            throw new IllegalStateException("this database has no verifications: load the province first (BigProvinceBenchmark)");
        }
    }

    private static void strings(Statement s, String sql, List<String> into) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                into.add(r.getString(1));
            }
        }
    }

    private static void longs(Statement s, String sql, List<Long> into) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                into.add(r.getLong(1));
            }
        }
    }

    private static <T> T any(List<T> from) {
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }

    private int year() {
        return ThreadLocalRandom.current().nextInt(firstYear, lastYear + 1);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public LoadRun.Step next(int client, int i) {
        String kind = CYCLE[(client * 7 + i) % CYCLE.length];
        int variant = ThreadLocalRandom.current().nextInt(6);
        return switch (kind) {
            case VERIFICATIONS -> read(kind, switch (variant) {
                case 0 -> "/metrology/verifications?type=" + q(any(types)) + "&year=" + year();
                case 1 -> "/metrology/verifications?result=FAIL&year=" + year();
                case 2 -> "/metrology/verifications?owner=" + any(owners);
                case 3 -> "/metrology/verifications?serial=" + q(serials.isEmpty() ? "1" : any(serials));
                case 4 -> "/metrology/verifications?from=" + LocalDate.of(year(), 1, 1) + "&to=" + LocalDate.of(year(), 3, 31) + "&page=2";
                default -> "/metrology/verifications?page=" + ThreadLocalRandom.current().nextInt(40);
            });
            case DUE -> read(kind, switch (variant) {
                case 0, 1 -> "/due";
                case 2 -> "/due?unit=TDC";
                case 3 -> dueKinds.isEmpty() ? "/due?unit=" : "/due?unit=&kind=" + q(any(dueKinds));
                default -> "/due?unit=&page=" + ThreadLocalRandom.current().nextInt(1, 20);
            });
            case TASKS -> read(kind, switch (variant) {
                case 0, 1 -> "/tasks?q=" + q(any(words));
                case 2 -> "/tasks?status=CONTRACTED&startYear=" + ThreadLocalRandom.current().nextInt(2016, 2027);
                case 3 -> hosts.isEmpty() ? "/tasks" : "/tasks?hostId=" + any(hosts);
                default -> "/tasks?page=" + ThreadLocalRandom.current().nextInt(5);
            });
            case DOCUMENTS -> read(kind, switch (variant) {
                case 0, 1 -> "/documents?q=" + q(any(words));
                case 2, 3 -> "/documents?type=DECISION&year=" + ThreadLocalRandom.current().nextInt(2016, 2027);
                default -> "/documents?year=" + ThreadLocalRandom.current().nextInt(2016, 2027) + "&page=1";
            });
            case ORGANISATIONS -> read(kind, variant < 4 ? "/organisations?q=" + q(any(words)) : "/organisations?q=" + q(any(words)) + "&kind=ENTERPRISE");
            case REPORT -> read(kind, "/reports/" + reportId);
            case PREVIEW -> read(kind, "/reports/" + reportId + "/preview");
            case NEW_ORGANISATION -> new LoadRun.Step(kind, true, s -> s.postForm("/organisations", Map.of("name", organisationName(client, i),
                    "kind", "ENTERPRISE", "district", "Hòa An", "_csrf", s.csrf("/organisations/new"))));
            default -> new LoadRun.Step(kind, true, s -> s.postForm("/documents", Map.of("numberSymbol", documentSymbol(client, i),
                    "issuedOn", LocalDate.now().minusDays(i % 300).toString(), "type", "", "issuer", "", "summary",
                    "Văn bản ghi khi đo tải " + run, "_csrf", s.csrf("/documents/new"))));
        };
    }

    private static LoadRun.Step read(String kind, String path) {
        return new LoadRun.Step(kind, false, s -> s.send(path));
    }

    /** The names the writes give, so the database can be asked after the run what it holds. */
    String organisationName(int client, int i) {
        return "Tải " + run + " khách " + client + "-" + i;
    }

    /** A number of at most six digits (the register's form), its own for each client's first 10,000 requests. */
    String documentSymbol(int client, int i) {
        return (1 + (client * 10_000L + i) % 999_999) + "/QĐ-T" + run;
    }
}
