package vn.gov.khcn.centre;

import java.time.LocalDate;

public record ModelWorkCommand(String title, String place, LocalDate datedOn, String description, Integer version) {
}
