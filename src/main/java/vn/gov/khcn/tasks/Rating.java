package vn.gov.khcn.tasks;

/** A rating of the acceptance council, from the configurable vocabulary (table task_rating). */
public record Rating(String code, String label, boolean passing) {
}
