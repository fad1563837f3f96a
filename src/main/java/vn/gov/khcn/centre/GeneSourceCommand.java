package vn.gov.khcn.centre;

import java.time.LocalDate;

public record GeneSourceCommand(String crop, LocalDate keptSince, LocalDate keptUntil, Integer version) {
}
