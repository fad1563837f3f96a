package vn.gov.khcn.technology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.khcn.shared.DomainException;

/** A numbered initiative-recognition round (đợt) of a year: submitted to, then decided by, the provincial chairman. */
public record InitiativeRound(long id, int roundYear, int roundNo, LocalDate submittedOn, Long submissionDocumentId,
                              LocalDate decidedOn, Long decisionDocumentId, int version) {
    /** The most rounds a year has. */
    static final int MOST = 20;

    public String label() {
        return "đợt " + roundNo + " năm " + roundYear;
    }

    /** The dates reports count it by: its submission and its decision, those it has. */
    public List<LocalDate> reportDates() {
        List<LocalDate> d = new ArrayList<>();
        if (submittedOn != null) {
            d.add(submittedOn);
        }
        if (decidedOn != null) {
            d.add(decidedOn);
        }
        return d;
    }

    /** Whether the round has a submission or a decision dated in [start, end]. */
    public boolean activeIn(LocalDate start, LocalDate end) {
        return reportDates().stream().anyMatch(d -> !d.isBefore(start) && !d.isAfter(end));
    }

    /** A year's rounds are numbered 1 to {@link #MOST}. */
    static void checkNumber(int roundNo) {
        if (roundNo < 1 || roundNo > MOST) {
            throw new DomainException("roundNo", "Số đợt phải từ 1 đến " + MOST + ".");
        }
    }

    /** A round is decided after it is submitted, and a decision (document) has its date. */
    static void checkDecision(LocalDate submittedOn, LocalDate decidedOn, Long decisionDocumentId) {
        if (decidedOn != null && (submittedOn == null || decidedOn.isBefore(submittedOn))) {
            throw new DomainException("decidedOn", "Ngày quyết định công nhận phải sau ngày trình.");
        }
        if (decisionDocumentId != null && decidedOn == null) {
            throw new DomainException("decidedOn", "Có quyết định thì cần nhập ngày quyết định.");
        }
    }
}
