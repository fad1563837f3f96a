package vn.gov.khcn.quality;

/**
 * What the survey list shows: surveys of {@code year} (null: every year). The list page, the API's search and the
 * export bind it from the same query parameters.
 */
public record SurveyQuery(Integer year) {
    public static final SurveyQuery ALL = new SurveyQuery(null);
}
