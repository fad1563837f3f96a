package vn.gov.khcn.centre;

import java.time.LocalDate;

/**
 * A gene source as a form or the API sends it. {@code version}: the version read, required to change a saved source;
 * {@code reason}: why, when a day it was kept from or until lies in an issued report's period.
 */
public record GeneSourceCommand(String crop, LocalDate keptSince, LocalDate keptUntil, Integer version, String reason) {
    /** A new gene source (no version, no reason). */
    public static GeneSourceCommand of(String crop, LocalDate keptSince, LocalDate keptUntil) {
        return new GeneSourceCommand(crop, keptSince, keptUntil, null, null);
    }
}
