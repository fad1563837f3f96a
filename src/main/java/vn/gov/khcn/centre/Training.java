package vn.gov.khcn.centre;

import java.time.LocalDate;

/** A training course the centre held in a commune. */
public record Training(long id, String title, String commune, String district, LocalDate heldOn, Integer participants, int version) {
}
