package vn.gov.khcn.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A report record: kind, month, number (assigned at issue) and symbol, date and place, signer, recipients, status.
 * The symbol, place, signer and recipients are the department's settings when the report was created.
 */
public record Report(long id, ReportKind kind, YearMonth period, int cutOffDay, ReportStatus status, Integer number,
                     Integer numberYear, String symbol, LocalDate reportDate, String place, String signerName, String signerTitle,
                     String recipients, String createdBy, int version) {

    public ReportPeriod reportPeriod() {
        return new ReportPeriod(kind, period, cutOffDay);
    }

    /** "12/BC-SKH&CN" with the report's symbol ("01/…": a number of the outgoing register prints with two digits), or the blank number of a draft. */
    public String numberText() {
        return (number == null ? "     " : vn.gov.khcn.documents.DocumentNumber.outgoing(number)) + "/" + (symbol == null ? "" : symbol);
    }

    /** The report's month as people write it: "tháng 9/2021" (the kind's label says which period ends with it). */
    public String periodText() {
        return "tháng " + period.getMonthValue() + "/" + period.getYear();
    }

    /** "Báo cáo tháng 10/2021", "Báo cáo 9 tháng đầu năm 2021": the kind and its period, said once. */
    public String title() {
        return kind.title(period);
    }

    /** The period in words: "tháng 10/2021", "quý III/2021", "9 tháng đầu năm 2021". */
    public String periodWords() {
        return kind.periodWords(period);
    }

    public List<String> recipientList() {
        return recipients == null ? List.of() : recipients.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Not a JSON property: the status says it (Jackson would read the name as "is" + "sued"). */
    @JsonIgnore
    public boolean issued() {
        return status == ReportStatus.ISSUED;
    }
}
