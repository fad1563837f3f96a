package vn.gov.khcn.centre;

import java.time.LocalDate;

/**
 * Model or transfer work as a form or the API sends it. {@code version}: the version read, required to change saved
 * work. No report counts model work, so it needs no reason in an issued period.
 */
public record ModelWorkCommand(String title, String place, LocalDate datedOn, String description, Integer version) {
    /** New work. */
    public static ModelWorkCommand of(String title, String place, LocalDate datedOn, String description) {
        return new ModelWorkCommand(title, place, datedOn, description, null);
    }
}
