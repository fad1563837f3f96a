package vn.gov.khcn.centre;

import java.time.LocalDate;

/** Technology-transfer or model work: a production model, a transfer to farmers. */
public record ModelWork(long id, String title, String place, LocalDate datedOn, String description, int version) {
}
