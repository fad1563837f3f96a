package vn.gov.khcn.centre;

public record ProductCommand(String name, String uom, Integer version) {
}
