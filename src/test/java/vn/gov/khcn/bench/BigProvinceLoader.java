package vn.gov.khcn.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Writes a large merged province into an empty (migrated, demo-loaded) register, straight into the tables with batched
 * JDBC inserts (not through the import services: the point is the size, and the bulk import's own speed is measured
 * by {@link VerificationImportBench}). At scale 1: 2,000 organisations, about 2,000,000 verifications of some 450,000
 * instruments over 2017-01..2026-10 (each re-verified at its type's interval, 1 % failing and re-verified after repair,
 * a share taken out of use along the way and never verified again), 2,000 tasks started 2016..2026 with their whole
 * lives of events (3 % of the events voided by a correction and recorded again), councils, recipients, and 20,000
 * documents (those the events cite and the rest of the incoming and outgoing register). Fixed seed: the same scale
 * gives the same rows. Ids are given explicitly and the identity columns restarted after.
 */
final class BigProvinceLoader {
    static final LocalDate FIRST = LocalDate.of(2017, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    private static final int CHUNK = 5_000;
    private static final String[] LEVELS = {"NATIONAL", "URGENT_LOCAL", "RURAL_MOUNTAIN", "PROVINCIAL", "PROVINCIAL", "GRASSROOTS", "GRASSROOTS"};
    private static final String[] KINDS = {"RESEARCH", "PROJECT", "PILOT_PRODUCTION", "SCHEME"};
    private static final String[] RATINGS = {"EXCELLENT", "GOOD", "GOOD", "PASSED", "PASSED", "PASSED"};

    private final DataSource ds;
    private final double scale;
    private final Random random = new Random(20211231L);

    BigProvinceLoader(DataSource ds, double scale) {
        this.ds = ds;
        this.scale = scale;
    }

    /** True when the province was loaded by an earlier run (then nothing is written). */
    boolean loaded() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from organisation where name like 'Tổ chức tỉnh lớn %'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    void load() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long orgBase = max(c, "organisation") + 1;
            int orgs = Math.max(50, (int) (2000 * scale));
            try (PreparedStatement p = c.prepareStatement("insert into organisation(id, name, name_folded, kind) values (?, ?, ?, 'ENTERPRISE')")) {
                for (int i = 0; i < orgs; i++) {
                    p.setLong(1, orgBase + i);
                    p.setString(2, "Tổ chức tỉnh lớn " + (i + 1));
                    p.setString(3, "to chuc tinh lon " + (i + 1));
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
            long documents = tasks(c, orgBase, orgs);
            long t1 = System.nanoTime();
            long verifications = verifications(c, orgBase, orgs);
            long t2 = System.nanoTime();
            for (String table : List.of("organisation", "document", "task", "task_event", "task_council")) {
                restart(c, table);
            }
            try (Statement s = c.createStatement()) {
                // written past the audit trail: what a running server kept from the records before is not right any more
                s.executeUpdate("update record_generation set generation = generation + 1");
            }
            c.commit();
            System.out.printf("loaded: %,d organisations, %,d documents, tasks and events in %.1f s; %,d verifications in %.1f s%n",
                    orgs, documents, (t1 - t0) / 1e9, verifications, (t2 - t1) / 1e9);
        }
    }

    // ---- tasks, events, councils, documents --------------------------------------------------------------------

    private long tasks(Connection c, long orgBase, int orgs) throws SQLException {
        int tasks = Math.max(20, (int) (2000 * scale));
        long docTarget = Math.max(200, (long) (20_000 * scale));
        long taskBase = max(c, "task") + 1;
        long eventBase = max(c, "task_event") + 1;
        long docBase = max(c, "document") + 1;
        long councilBase = max(c, "task_council") + 1;
        long[] next = {eventBase, docBase, councilBase};
        try (PreparedStatement task = c.prepareStatement("insert into task(id, code, title, title_folded, kind, level, rural_management,"
                + " start_year, host_id, duration_months, unit, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCIENCE', ?)");
             PreparedStatement event = c.prepareStatement("insert into task_event(id, task_id, kind, event_date, rating, note,"
                     + " corrects_event_id, reason, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')");
             PreparedStatement doc = c.prepareStatement("insert into document(id, number_symbol, number, type_code, issuer_symbol, issued_on,"
                     + " summary, summary_folded, unit, outgoing) values (?, ?, ?, 'DECISION', 'SKH&CN', ?, ?, ?, ?, ?)");
             PreparedStatement cites = c.prepareStatement("insert into task_event_document(event_id, document_id) values (?, ?)");
             PreparedStatement recipient = c.prepareStatement("insert into task_event_recipient(event_id, organisation_id) values (?, ?)");
             PreparedStatement council = c.prepareStatement("insert into task_council(id, task_id, kind, formed_on, meeting_date, document_id)"
                     + " values (?, ?, ?, ?, ?, ?)")) {
            Writer w = new Writer(event, doc, cites, recipient, council, next);
            for (int i = 0; i < tasks; i++) {
                long id = taskBase + i;
                int year = 2016 + i % 11;
                String level = LEVELS[random.nextInt(LEVELS.length)];
                w.task = id;
                String last = life(w, year, orgBase, orgs);
                task.setLong(1, id);
                task.setString(2, "BP-" + year + "-" + (i + 1));
                task.setString(3, "Nghiên cứu ứng dụng tiến bộ khoa học và công nghệ số " + (i + 1) + " năm " + year);
                task.setString(4, "nghien cuu ung dung tien bo khoa hoc va cong nghe so " + (i + 1) + " nam " + year);
                task.setString(5, KINDS[i % KINDS.length]);
                task.setString(6, level);
                task.setString(7, level.equals("RURAL_MOUNTAIN") ? (i % 2 == 0 ? "CENTRAL" : "DELEGATED") : null);
                task.setInt(8, year);
                task.setLong(9, orgBase + random.nextInt(orgs));
                task.setInt(10, w.duration);
                task.setString(11, last);
                task.addBatch();
                if (i % 200 == 199) {
                    // tasks first: events, councils and citations point to them
                    task.executeBatch();
                    w.flush();
                    c.commit();
                }
            }
            task.executeBatch();
            w.flush();
            // the rest of the document register: letters and decisions no task event cites
            LocalDate day = FIRST.minusYears(1);
            long written = w.next[1] - docBase;
            long rest = Math.max(0, docTarget - written);
            for (long k = 0; k < rest; k++) {
                w.document(day.plusDays(random.nextInt(3950)), "Văn bản đi, đến của Sở số " + k, k % 3 == 0);
                if (k % CHUNK == CHUNK - 1) {
                    w.flush();
                    c.commit();
                }
            }
            w.flush();
            c.commit();
            return w.next[1] - docBase;
        }
    }

    /** One task's events (listed the year before it starts, contracted in its start year, checked, accepted…). */
    private String life(Writer w, int year, long orgBase, int orgs) throws SQLException {
        w.last = null;
        w.duration = 12 + 6 * random.nextInt(5);
        LocalDate listed = LocalDate.of(year - 1, 3, 1).plusDays(random.nextInt(250));
        w.event("LISTED", listed, null, true);
        w.event("CALL_OPENED", listed.plusDays(20), null, false);
        LocalDate selected = listed.plusDays(45 + random.nextInt(20));
        w.council("SELECTION", selected.minusDays(10), selected);
        w.event("SELECTED", selected, null, false);
        w.event("APPRAISED", selected.plusDays(20), null, false);
        w.event("SUBMITTED_FOR_APPROVAL", selected.plusDays(30), null, false);
        w.event("APPROVED", selected.plusDays(40), null, true);
        LocalDate contracted = LocalDate.of(year, 1, 10).plusDays(random.nextInt(120));
        w.event("CONTRACTED", contracted, null, true);
        LocalDate end = contracted.plusMonths(w.duration);
        boolean adjust = random.nextInt(5) == 0;
        boolean terminate = random.nextInt(25) == 0;
        for (LocalDate check = contracted.plusMonths(6); check.isBefore(end); check = check.plusMonths(6)) {
            w.event("PROGRESS_CHECKED", check.plusDays(random.nextInt(20)), null, false);
            if (adjust) {
                adjust = false;
                w.event("ADJUSTMENT_REQUESTED", check.plusDays(25), null, false);
                w.event("ADJUSTED", check.plusDays(55), null, true);
            }
            if (terminate) {
                w.event("TERMINATED", check.plusDays(60), null, true);
                return w.last;
            }
        }
        LocalDate formed = end.plusDays(15 + random.nextInt(30));
        w.council("ACCEPTANCE", formed, formed.plusDays(20));
        w.event("ACCEPTANCE_COUNCIL_FORMED", formed, null, true);
        boolean failed = random.nextInt(20) == 0;
        w.event("ACCEPTED", formed.plusDays(20), failed ? "FAILED" : RATINGS[random.nextInt(RATINGS.length)], false);
        if (failed) {
            return w.last;
        }
        w.event("RESULTS_RECOGNISED", formed.plusDays(50), null, true);
        w.event("CERTIFIED", formed.plusDays(70), null, true);
        if (random.nextInt(5) < 2) {
            long transferred = w.event("RESULTS_TRANSFERRED", formed.plusDays(100 + random.nextInt(200)), null, true);
            if (transferred > 0) {
                int n = 1 + random.nextInt(3);
                long first = random.nextInt(orgs);
                for (int k = 0; k < n; k++) {
                    w.recipient.setLong(1, transferred);
                    w.recipient.setLong(2, orgBase + (first + k * 7L) % orgs);
                    w.recipient.addBatch();
                }
            }
        }
        return w.last;
    }

    private final class Writer {
        final PreparedStatement event;
        final PreparedStatement doc;
        final PreparedStatement cites;
        final PreparedStatement recipient;
        final PreparedStatement council;
        final long[] next;
        long task;
        int duration;
        String last;

        Writer(PreparedStatement event, PreparedStatement doc, PreparedStatement cites, PreparedStatement recipient,
               PreparedStatement council, long[] next) {
            this.event = event;
            this.doc = doc;
            this.cites = cites;
            this.recipient = recipient;
            this.council = council;
            this.next = next;
        }

        /** Records an event (nothing after the last day of the data); 3 % are voided by a correction and recorded again. */
        long event(String kind, LocalDate date, String rating, boolean withDocument) throws SQLException {
            if (date.isAfter(LAST)) {
                return 0;
            }
            long id = add(kind, date, rating, null);
            if (random.nextInt(100) < 3) {
                add("CORRECTION", date.plusDays(1), null, id);
                id = add(kind, date.plusDays(1), rating, null);
            }
            if (withDocument) {
                long d = document(date, "Quyết định về nhiệm vụ " + task + ": " + kind, false);
                cites.setLong(1, id);
                cites.setLong(2, d);
                cites.addBatch();
            }
            last = kind;
            return id;
        }

        private long add(String kind, LocalDate date, String rating, Long corrects) throws SQLException {
            long id = next[0]++;
            event.setLong(1, id);
            event.setLong(2, task);
            event.setString(3, kind);
            event.setDate(4, Date.valueOf(date));
            event.setString(5, rating);
            event.setString(6, null);
            if (corrects == null) {
                event.setNull(7, Types.BIGINT);
                event.setString(8, null);
            } else {
                event.setLong(7, corrects);
                event.setString(8, "Ghi nhầm ngày");
            }
            event.setTimestamp(9, Timestamp.valueOf(date.atTime(9, 0)));
            event.addBatch();
            return id;
        }

        long document(LocalDate date, String summary, boolean outgoing) throws SQLException {
            long id = next[1]++;
            doc.setLong(1, id);
            doc.setString(2, id + "/QĐ-SKHCN-BP");
            doc.setLong(3, id % 100_000);
            doc.setDate(4, Date.valueOf(date));
            doc.setString(5, summary);
            doc.setString(6, summary.toLowerCase());
            doc.setString(7, outgoing ? "OFFICE" : "SCIENCE");
            doc.setBoolean(8, outgoing);
            doc.addBatch();
            return id;
        }

        void council(String kind, LocalDate formed, LocalDate meeting) throws SQLException {
            if (formed.isAfter(LAST)) {
                return;
            }
            long d = document(formed, "Thành lập hội đồng của nhiệm vụ " + task, false);
            council.setLong(1, next[2]++);
            council.setLong(2, task);
            council.setString(3, kind);
            council.setDate(4, Date.valueOf(formed));
            council.setDate(5, meeting.isAfter(LAST) ? null : Date.valueOf(meeting));
            council.setLong(6, d);
            council.addBatch();
        }

        void flush() throws SQLException {
            doc.executeBatch();
            event.executeBatch();
            cites.executeBatch();
            recipient.executeBatch();
            council.executeBatch();
        }
    }

    // ---- verifications -----------------------------------------------------------------------------------------

    private record Type(String code, int months) {
    }

    private long verifications(Connection c, long orgBase, int orgs) throws SQLException {
        long target = (long) (2_000_000 * scale);
        List<Type> types = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, interval_months from instrument_type order by sort_order")) {
            while (rs.next()) {
                types.add(new Type(rs.getString(1), rs.getInt(2)));
            }
        }
        long rows = 0;
        int instrument = 0;
        try (PreparedStatement p = c.prepareStatement("insert into verification(type_code, serial, owner_id, verified_on, kind, result,"
                + " stamp_no, performed_by, next_due_on, unit, superseded) values (?, ?, ?, ?, ?, ?, ?, 'Trung tâm', ?, 'CENTRE', ?)")) {
            int inBatch = 0;
            while (rows < target) {
                // more of the short-interval types, as in a province (scales, taxi meters, fuel pumps)
                Type t = types.get(random.nextInt(10) < 7 ? random.nextInt(5) : random.nextInt(types.size()));
                String serial = "BP" + t.code().charAt(0) + "-" + (++instrument);
                long owner = orgBase + random.nextInt(orgs);
                LocalDate day = FIRST.plusDays(random.nextInt(Math.min(3000, t.months() * 30)));
                // 30 % of the instruments are taken out of use at some point and never come back
                LocalDate outOfUse = random.nextInt(10) < 3 ? FIRST.plusDays(random.nextInt(3600)) : LAST.plusDays(1);
                String kind = "INITIAL";
                List<Object[]> life = new ArrayList<>();
                while (!day.isAfter(LAST) && day.isBefore(outOfUse)) {
                    boolean fail = random.nextInt(100) == 0;
                    LocalDate due = fail ? null : day.plusMonths(t.months());
                    life.add(new Object[]{day, kind, fail, due});
                    if (fail) {
                        day = day.plusDays(5 + random.nextInt(25));
                        kind = "AFTER_REPAIR";
                    } else {
                        day = due.minusDays(random.nextInt(25));
                        kind = "PERIODIC";
                    }
                }
                for (int k = 0; k < life.size(); k++) {
                    Object[] v = life.get(k);
                    boolean fail = (Boolean) v[2];
                    p.setString(1, t.code());
                    p.setString(2, serial);
                    p.setLong(3, owner);
                    p.setDate(4, Date.valueOf((LocalDate) v[0]));
                    p.setString(5, (String) v[1]);
                    p.setString(6, fail ? "FAIL" : "PASS");
                    p.setString(7, fail ? null : "TEM-" + serial + "-" + k);
                    p.setDate(8, v[3] == null ? null : Date.valueOf((LocalDate) v[3]));
                    // the register's rule (metrology.LatestVerifications): superseded once a later verification is in
                    p.setBoolean(9, k < life.size() - 1);
                    p.addBatch();
                    rows++;
                    if (++inBatch == CHUNK) {
                        p.executeBatch();
                        c.commit();
                        inBatch = 0;
                    }
                }
            }
            p.executeBatch();
            c.commit();
        }
        return rows;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static long max(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void restart(Connection c, String table) throws SQLException {
        long next = max(c, table) + 1;
        try (Statement s = c.createStatement()) {
            s.execute("alter table " + table + " alter column id restart with " + next);
        }
    }
}
