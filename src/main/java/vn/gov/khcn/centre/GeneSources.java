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

/** The crop gene sources the centre keeps (its gene bank), each from a day until a day. */
@Service
public class GeneSources extends RecordFacade<GeneSource> {
    static final RecordType<GeneSource> GENE_SOURCE = RecordType.of("geneSource", "nguồn gen", "gene_source", Products.OWNER,
            GeneSource::reportDates, GeneSource::crop);

    GeneSources(JdbcClient jdbc, RecordWrites writes) {
        super(writes, GENE_SOURCE, new RecordTable<>(jdbc, GeneSource.class, "nguồn gen", "id",
                "id, crop, kept_since, kept_until, version", "gene_source"));
    }

    public PageResult<GeneSource> search(GeneSourceQuery q, int page, int size) {
        return table.page("(cast(:q as varchar) is null or crop_folded like :q)"
                        + " and (cast(:k as date) is null or (kept_since <= :k and (kept_until is null or kept_until >= :k)))",
                RecordSql.params("q", RecordSql.like(q.q()), "k", q.on()), "crop_folded, id", page, size);
    }

    /** The gene source of a crop kept from a day: what identifies it (a crop kept again later is another record). */
    public Optional<GeneSource> find(String crop, LocalDate keptSince) {
        return table.first("crop = :c and kept_since = :s", RecordSql.params("c", crop, "s", keptSince));
    }

    /** Records a gene source the centre keeps from a day. */
    @Transactional
    public GeneSource keep(GeneSourceCommand c) {
        return insertRecord(Products.OWNER, c.reason(), "cùng nguồn gen và ngày bắt đầu lưu giữ",
                "insert into gene_source(crop, crop_folded, kept_since, kept_until) values (:crop, :cropFolded, :keptSince, :keptUntil)", () -> validate(c, null));
    }

    @Transactional
    public GeneSource correct(long id, GeneSourceCommand c) {
        return updateRecord(id, c.version(), c.reason(),
                "update gene_source set crop = :crop, crop_folded = :cropFolded, kept_since = :keptSince, kept_until = :keptUntil where id = :id",
                () -> validate(c, id));
    }

    /** A gene source as the register stores it, with its folded crop for search. */
    private record Valid(String crop, String cropFolded, LocalDate keptSince, LocalDate keptUntil) {
    }

    private Valid validate(GeneSourceCommand c, Long id) {
        String crop = Check.text("crop", "tên nguồn gen cây trồng", c.crop(), 300);
        LocalDate since = Check.date("keptSince", "ngày bắt đầu lưu giữ", c.keptSince());
        LocalDate until = Check.optionalDate("keptUntil", "ngày thôi lưu giữ", c.keptUntil());
        Check.notBefore("keptUntil", until, since, "Ngày thôi lưu giữ phải sau ngày bắt đầu lưu giữ.");
        find(crop, since).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("keptSince", "Đã có nguồn gen \"" + crop + "\" lưu giữ từ ngày " + Formats.date(since) + ".");
        });
        return new Valid(crop, VietnameseText.fold(crop), since, until);
    }
}
