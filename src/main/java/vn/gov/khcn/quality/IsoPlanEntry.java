package vn.gov.khcn.quality;

import vn.gov.khcn.shared.Unit;

/** A state agency planned for an ISO 9001:2015 check in a year. */
public record IsoPlanEntry(long id, int planYear, long agencyId, String agencyName, Unit unit, int version) {

    /** How messages name it: the agency and the plan year. */
    public String label() {
        return agencyName + " (kế hoạch năm " + planYear + ")";
    }
}
