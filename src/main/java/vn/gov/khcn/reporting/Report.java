package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A report record: kind, month, number (assigned at issue), date and place, signer, recipients, status. */
public record Report(long id, ReportKind kind, YearMonth period, int cutOffDay, ReportStatus status, Integer number,
                     Integer numberYear, LocalDate reportDate, String place, String signerName, String signerTitle,
                     String recipients, String createdBy, int version) {

    public ReportPeriod reportPeriod() {
        return new ReportPeriod(kind, period, cutOffDay);
    }

    /** "12/BC-SKH&CN" ("01/BC-SKH&CN": a number of the outgoing register prints with two digits), or the blank number of a draft. */
    public String numberText() {
        return number == null ? "     /BC-SKH&CN" : vn.gov.khcn.documents.DocumentNumber.outgoing(number) + "/BC-SKH&CN";
    }

    public List<String> recipientList() {
        return recipients == null ? List.of() : recipients.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean issued() {
        return status == ReportStatus.ISSUED;
    }
}
