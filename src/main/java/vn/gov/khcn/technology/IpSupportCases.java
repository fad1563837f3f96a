package vn.gov.khcn.technology;

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
 * The register of organisations and people advised on registering industrial property: one case per organisation
 * (or person), object and day.
 */
@Service
public class IpSupportCases extends RecordFacade<IpSupportCase> {
    static final RecordType<IpSupportCase> SUPPORT_CASE = RecordType.of("ipSupportCase", "hồ sơ hỗ trợ SHTT", "ip_support_case",
            Appraisals.OWNER, IpSupportCase::reportDates, IpSupportCase::advisedName);

    IpSupportCases(JdbcClient jdbc, RecordWrites writes) {
        super(writes, SUPPORT_CASE, new RecordTable<>(jdbc, IpSupportCase.class, "hồ sơ hỗ trợ SHTT", "id",
                "id, advised_name, ip_object, advised_on, outcome, version", "ip_support_case"));
    }

    public PageResult<IpSupportCase> search(IpSupportCaseQuery q, int page, int size) {
        return pageByTextAndYear("advised_folded", q.q(), "advised_on", q.year(), "advised_on desc, id desc", page, size);
    }

    /** The case of this organisation or person advised on this object on this day: a case's identity. */
    public Optional<IpSupportCase> find(String advisedName, IpObject ipObject, LocalDate advisedOn) {
        return table.first("advised_name = :n and ip_object = :o and advised_on = :d",
                RecordSql.params("n", VietnameseText.clean(advisedName), "o", ipObject.name(), "d", advisedOn));
    }

    @Transactional
    public IpSupportCase record(IpSupportCaseCommand c) {
        return insertRecord(Appraisals.OWNER, c.reason(), "cùng tổ chức, cá nhân, đối tượng và ngày hướng dẫn", """
                insert into ip_support_case(advised_name, advised_folded, ip_object, advised_on, outcome)
                values (:advisedName, :advisedFolded, :ipObject, :advisedOn, :outcome)""", () -> validate(c, null));
    }

    @Transactional
    public IpSupportCase correct(long id, IpSupportCaseCommand c) {
        return updateRecord(id, c.version(), c.reason(), """
                update ip_support_case set advised_name = :advisedName, advised_folded = :advisedFolded, ip_object = :ipObject,
                       advised_on = :advisedOn, outcome = :outcome where id = :id""", () -> validate(c, id));
    }

    /** A case as the register stores it, with the folded name for search. */
    private record Valid(String advisedName, String advisedFolded, IpObject ipObject, LocalDate advisedOn, String outcome) {
    }

    private Valid validate(IpSupportCaseCommand c, Long id) {
        String name = Check.text("advisedName", "tên tổ chức, cá nhân được hướng dẫn", c.advisedName(), 500);
        IpObject object = Check.chosen("ipObject", "đối tượng sở hữu công nghiệp", c.ipObject());
        LocalDate on = Check.date("advisedOn", "ngày hướng dẫn", c.advisedOn());
        find(name, object, on).filter(x -> id == null || x.id() != id).ifPresent(x -> {
            throw new DomainException("advisedOn", "Đã có hồ sơ hướng dẫn " + name + " (" + object.label().toLowerCase() + ") ngày "
                    + Formats.date(on) + ".");
        });
        return new Valid(name, VietnameseText.fold(name), object, on, Check.optionalText("outcome", "kết quả", c.outcome(), 2000));
    }
}
