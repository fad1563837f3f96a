package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
 * The centre's technology-transfer and model work: production models, transfers to farmers. No report counts them
 * (their descriptions are written by people), so they are not dated for the period locks.
 */
@Service
public class ModelWorks {
    static final RecordType<ModelWork> MODEL_WORK = RecordType.of("centreModelWork", "mô hình, chuyển giao", "centre_model_work",
            Products.OWNER, RecordType.undated(), ModelWork::title);
    private static final String COLS = "id, title, place, dated_on, description, version";
    private final JdbcClient jdbc;
    private final Register<ModelWork> works;

    ModelWorks(JdbcClient jdbc, RecordWrites writes) {
        this.jdbc = jdbc;
        this.works = writes.register(MODEL_WORK, this::get);
    }

    public ModelWork get(long id) {
        return RecordSql.get(jdbc, ModelWork.class, "select " + COLS + " from centre_model_work where id = :id", id, "mô hình, chuyển giao");
    }

    public PageResult<ModelWork> search(ModelWorkQuery q, int page, int size) {
        return RecordSql.page(jdbc, ModelWork.class, COLS, "centre_model_work",
                "(cast(:q as varchar) is null or title_folded like :q) and (cast(:y as integer) is null or extract(year from dated_on) = :y)",
                RecordSql.params("q", RecordSql.like(q.q()), "y", q.year()), "dated_on desc, id desc", page, size);
    }

    /** The model or transfer work of a title at a place (null: none given) on a day: what identifies it. */
    public Optional<ModelWork> find(String title, String place, LocalDate datedOn) {
        return jdbc.sql("select " + COLS + " from centre_model_work where title = :t and dated_on = :d"
                        + " and (place = :p or (place is null and cast(:p as varchar) is null)) order by id")
                .param("t", title).param("p", place).param("d", datedOn).query(Rows.of(ModelWork.class)).stream().findFirst();
    }

    @Transactional
    public ModelWork record(ModelWorkCommand c) {
        return works.add(Products.OWNER, null, "cùng nội dung, địa điểm và ngày", () -> RecordSql.insert(jdbc, """
                insert into centre_model_work(title, title_folded, place, dated_on, description)
                values (:title, :titleFolded, :place, :datedOn, :description)""", validate(c, null)));
    }

    @Transactional
    public ModelWork correct(long id, ModelWorkCommand c) {
        return works.change(id, c.version(), null, before -> RecordSql.update(jdbc, """
                update centre_model_work set title = :title, title_folded = :titleFolded, place = :place, dated_on = :datedOn,
                       description = :description where id = :id""", id, validate(c, id)));
    }

    /** Model work as the register stores it, with its folded title for search. */
    private record Valid(String title, String titleFolded, String place, LocalDate datedOn, String description) {
    }

    private Valid validate(ModelWorkCommand c, Long id) {
        String title = Check.text("title", "tên mô hình, hoạt động chuyển giao", c.title(), 1000);
        String place = Check.optionalText("place", "địa điểm", c.place(), 300);
        LocalDate on = Check.date("datedOn", "ngày", c.datedOn());
        find(title, place, on).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("datedOn", "Đã có \"" + title + "\"" + (place == null ? "" : " tại " + place) + " ngày " + Formats.date(on) + ".");
        });
        return new Valid(title, VietnameseText.fold(title), place, on, Check.optionalText("description", "mô tả", c.description(), 4000));
    }
}
