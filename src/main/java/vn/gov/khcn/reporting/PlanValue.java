package vn.gov.khcn.reporting;

/**
 * The planned value of an indicator for a year ("chỉ tiêu kế hoạch giao"): for the whole figure ({@code part} null)
 * or for one part of a breakdown ({@code part} "DIM.KEY", e.g. "level.PROVINCIAL"), with the document that set it.
 */
public record PlanValue(int year, String code, String part, long planned, String source) {
    /** The figure expression the plan is for: "code" or "code.by.DIM.KEY". */
    public String figure() {
        return part == null || part.isBlank() ? code : code + ".by." + part;
    }
}
