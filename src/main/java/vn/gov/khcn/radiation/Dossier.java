package vn.gov.khcn.radiation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.shared.Formats;
import vn.gov.khcn.shared.Unit;

/**
 * A radiation-safety dossier (hồ sơ an toàn bức xạ) of a facility: received, then resolved with an outcome;
 * {@code daysTaken} is computed from the two dates.
 */
public record Dossier(long id, long facilityId, String facilityName, String subject, LocalDate receivedOn, LocalDate resolvedOn,
                      DossierOutcome outcome, Integer daysTaken, Unit unit, int version) {

    /** The date reports count it by: its resolution (none while it is being resolved). */
    public List<LocalDate> reportDates() {
        List<LocalDate> d = new ArrayList<>();
        if (resolvedOn != null) {
            d.add(resolvedOn);
        }
        return d;
    }

    public boolean resolved() {
        return resolvedOn != null;
    }

    /**
     * A dossier is resolved on or after the day it was received, and a resolution has an outcome (and an outcome a
     * resolution date). Both may be empty: the dossier is still being resolved.
     */
    static void checkResolution(LocalDate receivedOn, LocalDate resolvedOn, DossierOutcome outcome) {
        if (resolvedOn != null && resolvedOn.isBefore(receivedOn)) {
            throw new DomainException("resolvedOn", "Ngày giải quyết không được trước ngày nhận hồ sơ (" + Formats.date(receivedOn) + ").");
        }
        if (resolvedOn != null && outcome == null) {
            throw new DomainException("outcome", "Hồ sơ đã giải quyết: cần chọn kết quả giải quyết.");
        }
        if (resolvedOn == null && outcome != null) {
            throw new DomainException("resolvedOn", "Đã chọn kết quả thì cần nhập ngày giải quyết.");
        }
    }

    /** Calendar days from receipt to resolution; null while the dossier is being resolved. */
    static Integer daysTaken(LocalDate receivedOn, LocalDate resolvedOn) {
        return resolvedOn == null ? null : (int) ChronoUnit.DAYS.between(receivedOn, resolvedOn);
    }
}
