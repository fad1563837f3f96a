package vn.gov.khcn.centre;

import java.time.LocalDate;

public record TrainingCommand(String title, String commune, String district, LocalDate heldOn, Integer participants, Integer version) {
}
