package vn.gov.khcn.quality;

import java.time.LocalDate;

/** Input for a goods-quality survey; the district defaults to the facility's. */
public record SurveyCommand(Long facilityId, String products, String district, LocalDate surveyedOn, String findings,
                            Integer version, String reason) {
}
