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

/** The training courses and technical guidance the centre holds in the communes. */
@Service
public class Trainings extends RecordFacade<Training> {
    static final RecordType<Training> TRAINING = RecordType.of("centreTraining", "lớp tập huấn", "centre_training", Products.OWNER,
            Training::reportDates, Training::title);

    Trainings(JdbcClient jdbc, RecordWrites writes) {
        super(writes, TRAINING, new RecordTable<>(jdbc, Training.class, "lớp tập huấn", "id",
                "id, title, commune, district, held_on, participants, version", "centre_training"));
    }

    public PageResult<Training> search(TrainingQuery q, int page, int size) {
        return pageByTextAndYear("title_folded", q.q(), "held_on", q.year(), "held_on desc, id desc", page, size);
    }

    /** The course of a title held in a commune of a district on a day: what identifies a training. */
    public Optional<Training> find(String title, String commune, String district, LocalDate heldOn) {
        return table.first("title = :t and commune = :c and district = :d and held_on = :h order by id",
                RecordSql.params("t", title, "c", commune, "d", district, "h", heldOn));
    }

    /** Records a course held. */
    @Transactional
    public Training hold(TrainingCommand c) {
        return insertRecord(Products.OWNER, c.reason(), "cùng tên lớp, xã, huyện và ngày tổ chức", """
                insert into centre_training(title, title_folded, commune, district, held_on, participants)
                values (:title, :titleFolded, :commune, :district, :heldOn, :participants)""", () -> validate(c, null));
    }

    @Transactional
    public Training correct(long id, TrainingCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update centre_training set title = :title, title_folded = :titleFolded, commune = :commune, district = :district,
                       held_on = :heldOn, participants = :participants where id = :id""", () -> validate(c, id));
    }

    /** A course as the register stores it, with its folded title for search. */
    private record Valid(String title, String titleFolded, String commune, String district, LocalDate heldOn, Integer participants) {
    }

    private Valid validate(TrainingCommand c, Long id) {
        String title = Check.text("title", "tên lớp tập huấn", c.title(), 1000);
        Integer participants = c.participants() == null ? null : Check.nonNegative("participants", "số người tham dự", c.participants());
        String commune = Check.text("commune", "xã", c.commune(), 100);
        String district = Check.text("district", "huyện", c.district(), 100);
        LocalDate held = Check.date("heldOn", "ngày tổ chức", c.heldOn());
        find(title, commune, district, held).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("heldOn", "Đã có lớp \"" + title + "\" tại " + commune + ", " + district + " ngày " + Formats.date(held) + ".");
        });
        return new Valid(title, VietnameseText.fold(title), commune, district, held, participants);
    }
}
