package vn.gov.khcn.technology;

public record InitiativeCommand(Long roundId, String title, String authors, String unitName, Integer version) {
}
