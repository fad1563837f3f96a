package vn.gov.khcn.inspection;

import java.time.LocalDate;
import java.util.List;
import vn.gov.khcn.shared.Unit;

/**
 * A specialised inspection (cuộc thanh tra) or a state check (cuộc kiểm tra), by its {@code kind}, opened by a decision, with the
 * facilities it inspected.
 */
public record Inspection(long id, long decisionDocId, String decision, InspectionField field, String title, LocalDate openedOn,
                         String followUp, Unit unit, int version, List<InspectedFacility> facilities, InspectionKind kind) {
    public long totalFines() {
        return facilities.stream().mapToLong(InspectedFacility::fineVnd).sum();
    }

    /** The measuring instruments checked at its facilities. */
    public long instrumentsChecked() {
        return facilities.stream().mapToLong(InspectedFacility::instrumentsChecked).sum();
    }

    /** The date reports count it by: the day the decision was announced. */
    public List<LocalDate> reportDates() {
        return List.of(openedOn);
    }
}
