package vn.gov.khcn.centre;

import java.time.LocalDate;

/** A crop gene source the centre keeps, from a day until a day (null while still kept). */
public record GeneSource(long id, String crop, LocalDate keptSince, LocalDate keptUntil, int version) {
}
