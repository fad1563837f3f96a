package vn.gov.khcn.quality;

import java.time.LocalDate;

/**
 * A goods-quality survey as a form or the API sends it; the district defaults to the facility's (its commune when it has no
 * former district). {@code version}: the version read, required to correct a saved survey; {@code reason}: why, when its
 * day lies in an issued report's period.
 */
public record SurveyCommand(Long facilityId, String products, String district, LocalDate surveyedOn, String findings,
                            Integer version, String reason) {
    /** A new survey (no version, no reason). */
    public static SurveyCommand of(Long facilityId, String products, String district, LocalDate surveyedOn, String findings) {
        return new SurveyCommand(facilityId, products, district, surveyedOn, findings, null, null);
    }
}
