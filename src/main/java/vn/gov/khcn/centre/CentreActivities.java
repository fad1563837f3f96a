package vn.gov.khcn.centre;

import static vn.gov.khcn.shared.RecordSql.params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.identity.AccessPolicy;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.identity.CurrentUser;
import vn.gov.khcn.records.PeriodLocks;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.NotFoundException;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.VietnameseText;

/** The application centre's other work: training courses, crop gene sources kept, technology-transfer and model work. */
@Service
public class CentreActivities {
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final PeriodLocks locks;

    CentreActivities(JdbcClient jdbc, AuditTrail audit, PeriodLocks locks) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.locks = locks;
    }

    // --- trainings

    public Training training(long id) {
        return jdbc.sql("select id, title, commune, district, held_on, participants, version from centre_training where id = :id")
                .param("id", id).query(Training.class).optional().orElseThrow(() -> new NotFoundException("lớp tập huấn", id));
    }

    public PageResult<Training> trainings(String q, Integer year, int page, int size) {
        return RecordSql.page(jdbc, Training.class, "id, title, commune, district, held_on, participants, version", "centre_training",
                "(cast(:q as varchar) is null or title_folded like :q) and (cast(:y as integer) is null or extract(year from held_on) = :y)",
                params("q", RecordSql.like(q), "y", year), "held_on desc, id desc", page, size);
    }

    /** The course of a title held in a commune of a district on a day: what identifies a training. */
    public Optional<Training> findTraining(String title, String commune, String district, LocalDate heldOn) {
        return jdbc.sql("select id, title, commune, district, held_on, participants, version from centre_training"
                        + " where title = :t and commune = :c and district = :d and held_on = :h order by id")
                .param("t", title).param("c", commune).param("d", district).param("h", heldOn).query(Training.class).stream().findFirst();
    }

    @Transactional
    public Training createTraining(TrainingCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), CentreProduction.OWNER);
        long id = RecordSql.insert(jdbc, """
                insert into centre_training(title, title_folded, commune, district, held_on, participants)
                values (:t, :tf, :c, :d, :h, :n)""", trainingParams(c, null));
        Training saved = training(id);
        audit.record("centreTraining", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public Training updateTraining(long id, TrainingCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), CentreProduction.OWNER);
        Training before = training(id);
        var p = trainingParams(c, id);
        locks.checkChange("centreTraining", id, List.of(before.heldOn(), (LocalDate) p.get("h")), null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, """
                update centre_training set title = :t, title_folded = :tf, commune = :c, district = :d, held_on = :h, participants = :n,
                       version = version + 1 where id = :id and version = :v""", p, "Lớp tập huấn \"" + before.title() + "\"", before);
        Training after = training(id);
        audit.record("centreTraining", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> trainingParams(TrainingCommand c, Long id) {
        String title = RecordSql.text("title", c.title(), "tên lớp tập huấn", 1000, true);
        if (c.participants() != null && c.participants() < 0) {
            throw new DomainException("participants", "Số người tham dự không được âm.");
        }
        String commune = RecordSql.text("commune", c.commune(), "xã", 100, true);
        String district = RecordSql.text("district", c.district(), "huyện", 100, true);
        LocalDate held = RecordSql.date("heldOn", c.heldOn(), "ngày tổ chức", true);
        findTraining(title, commune, district, held).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("heldOn", "Đã có lớp \"" + title + "\" tại " + commune + ", " + district + " ngày " + Formats.date(held) + ".");
        });
        return params("t", title, "tf", VietnameseText.fold(title), "c", commune, "d", district, "h", held, "n", c.participants());
    }

    // --- gene sources

    public GeneSource geneSource(long id) {
        return jdbc.sql("select id, crop, kept_since, kept_until, version from gene_source where id = :id").param("id", id)
                .query(GeneSource.class).optional().orElseThrow(() -> new NotFoundException("nguồn gen", id));
    }

    /** Gene sources; keptOn (may be null) keeps those kept on that day. */
    public PageResult<GeneSource> geneSources(String q, LocalDate keptOn, int page, int size) {
        return RecordSql.page(jdbc, GeneSource.class, "id, crop, kept_since, kept_until, version", "gene_source",
                "(cast(:q as varchar) is null or crop_folded like :q) and (cast(:k as date) is null or (kept_since <= :k and (kept_until is null or kept_until >= :k)))",
                params("q", RecordSql.like(q), "k", keptOn), "crop_folded, id", page, size);
    }

    /** The gene source of a crop kept from a day: what identifies it (a crop kept again later is another record). */
    public Optional<GeneSource> findGeneSource(String crop, LocalDate keptSince) {
        return jdbc.sql("select id, crop, kept_since, kept_until, version from gene_source where crop = :c and kept_since = :s")
                .param("c", crop).param("s", keptSince).query(GeneSource.class).stream().findFirst();
    }

    @Transactional
    public GeneSource createGeneSource(GeneSourceCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), CentreProduction.OWNER);
        long id = RecordSql.insert(jdbc, "insert into gene_source(crop, crop_folded, kept_since, kept_until) values (:c, :cf, :s, :u)", geneParams(c, null));
        GeneSource saved = geneSource(id);
        audit.record("geneSource", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public GeneSource updateGeneSource(long id, GeneSourceCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), CentreProduction.OWNER);
        GeneSource before = geneSource(id);
        var p = geneParams(c, id);
        List<LocalDate> dates = new ArrayList<>(List.of(before.keptSince(), (LocalDate) p.get("s")));
        for (Object d : new Object[]{before.keptUntil(), p.get("u")}) {
            if (d != null) {
                dates.add((LocalDate) d);
            }
        }
        locks.checkChange("geneSource", id, dates, null);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, "update gene_source set crop = :c, crop_folded = :cf, kept_since = :s, kept_until = :u, version = version + 1 where id = :id and version = :v",
                p, "Nguồn gen \"" + before.crop() + "\"", before);
        GeneSource after = geneSource(id);
        audit.record("geneSource", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> geneParams(GeneSourceCommand c, Long id) {
        String crop = RecordSql.text("crop", c.crop(), "tên nguồn gen cây trồng", 300, true);
        LocalDate since = RecordSql.date("keptSince", c.keptSince(), "ngày bắt đầu lưu giữ", true);
        LocalDate until = RecordSql.date("keptUntil", c.keptUntil(), "ngày thôi lưu giữ", false);
        if (until != null && until.isBefore(since)) {
            throw new DomainException("keptUntil", "Ngày thôi lưu giữ phải sau ngày bắt đầu lưu giữ.");
        }
        findGeneSource(crop, since).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("keptSince", "Đã có nguồn gen \"" + crop + "\" lưu giữ từ ngày " + Formats.date(since) + ".");
        });
        return params("c", crop, "cf", VietnameseText.fold(crop), "s", since, "u", until);
    }

    // --- technology-transfer and model work

    public ModelWork modelWork(long id) {
        return jdbc.sql("select id, title, place, dated_on, description, version from centre_model_work where id = :id").param("id", id)
                .query(ModelWork.class).optional().orElseThrow(() -> new NotFoundException("mô hình, chuyển giao", id));
    }

    public PageResult<ModelWork> modelWorks(String q, Integer year, int page, int size) {
        return RecordSql.page(jdbc, ModelWork.class, "id, title, place, dated_on, description, version", "centre_model_work",
                "(cast(:q as varchar) is null or title_folded like :q) and (cast(:y as integer) is null or extract(year from dated_on) = :y)",
                params("q", RecordSql.like(q), "y", year), "dated_on desc, id desc", page, size);
    }

    /** The model or transfer work of a title at a place (null: none given) on a day: what identifies it. */
    public Optional<ModelWork> findModelWork(String title, String place, LocalDate datedOn) {
        return jdbc.sql("select id, title, place, dated_on, description, version from centre_model_work where title = :t and dated_on = :d"
                        + " and (place = :p or (place is null and cast(:p as varchar) is null)) order by id")
                .param("t", title).param("p", place).param("d", datedOn).query(ModelWork.class).stream().findFirst();
    }

    @Transactional
    public ModelWork createModelWork(ModelWorkCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), CentreProduction.OWNER);
        long id = RecordSql.insert(jdbc, "insert into centre_model_work(title, title_folded, place, dated_on, description) values (:t, :tf, :p, :d, :ds)",
                modelParams(c, null));
        ModelWork saved = modelWork(id);
        audit.record("centreModelWork", id, "CREATE", null, saved);
        return saved;
    }

    @Transactional
    public ModelWork updateModelWork(long id, ModelWorkCommand c) {
        AccessPolicy.requireEdit(CurrentUser.get(), CentreProduction.OWNER);
        ModelWork before = modelWork(id);
        var p = modelParams(c, id);
        p.put("id", id);
        p.put("v", c.version() == null ? before.version() : c.version());
        RecordSql.updateVersioned(jdbc, "update centre_model_work set title = :t, title_folded = :tf, place = :p, dated_on = :d, description = :ds, version = version + 1 where id = :id and version = :v",
                p, "\"" + before.title() + "\"", before);
        ModelWork after = modelWork(id);
        audit.record("centreModelWork", id, "UPDATE", before, after);
        return after;
    }

    private Map<String, Object> modelParams(ModelWorkCommand c, Long id) {
        String title = RecordSql.text("title", c.title(), "tên mô hình, hoạt động chuyển giao", 1000, true);
        String place = RecordSql.text("place", c.place(), "địa điểm", 300, false);
        LocalDate on = RecordSql.date("datedOn", c.datedOn(), "ngày", true);
        findModelWork(title, place, on).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("datedOn", "Đã có \"" + title + "\"" + (place == null ? "" : " tại " + place) + " ngày " + Formats.date(on) + ".");
        });
        return params("t", title, "tf", VietnameseText.fold(title), "p", place, "d", on,
                "ds", RecordSql.text("description", c.description(), "mô tả", 4000, false));
    }
}
