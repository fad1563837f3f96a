package vn.gov.khcn.centre;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.khcn.records.RecordFacade;
import vn.gov.khcn.records.RecordType;
import vn.gov.khcn.records.RecordWrites;
import vn.gov.khcn.shared.Check;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.PageResult;
import vn.gov.khcn.shared.RecordSql;
import vn.gov.khcn.shared.RecordTable;
import vn.gov.khcn.shared.VietnameseText;

/**
 * The centre's technology-transfer and model work: production models, transfers to farmers. No report counts them
 * (their descriptions are written by people), so they are not dated for the period locks.
 */
@Service
public class ModelWorks extends RecordFacade<ModelWork> {
    static final RecordType<ModelWork> MODEL_WORK = RecordType.of("centreModelWork", "mô hình, chuyển giao", "centre_model_work",
            Products.OWNER, RecordType.undated(), ModelWork::title);

    ModelWorks(JdbcClient jdbc, RecordWrites writes) {
        super(writes, MODEL_WORK, new RecordTable<>(jdbc, ModelWork.class, "mô hình, chuyển giao", "id",
                "id, title, place, dated_on, description, version", "centre_model_work"));
    }

    public PageResult<ModelWork> search(ModelWorkQuery q, int page, int size) {
        return pageByTextAndYear("title_folded", q.q(), "dated_on", q.year(), "dated_on desc, id desc", page, size);
    }

    /** The model or transfer work of a title at a place (null: none given) on a day: what identifies it. */
    public Optional<ModelWork> find(String title, String place, LocalDate datedOn) {
        return table.first("title = :t and dated_on = :d"
                        + " and (place = :p or (place is null and cast(:p as varchar) is null)) order by id",
                RecordSql.params("t", title, "p", place, "d", datedOn));
    }

    @Transactional
    public ModelWork record(ModelWorkCommand c) {
        return insertRecord(Products.OWNER, null, "cùng nội dung, địa điểm và ngày", """
                insert into centre_model_work(title, title_folded, place, dated_on, description)
                values (:title, :titleFolded, :place, :datedOn, :description)""", () -> validate(c, null));
    }

    @Transactional
    public ModelWork correct(long id, ModelWorkCommand c) {
        return updateRecord(id, c.version(), null, """
                update centre_model_work set title = :title, title_folded = :titleFolded, place = :place, dated_on = :datedOn,
                       description = :description where id = :id""", () -> validate(c, id));
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
