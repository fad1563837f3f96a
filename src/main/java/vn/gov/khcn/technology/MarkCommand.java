package vn.gov.khcn.technology;

public record MarkCommand(String name, MarkKind kind, String product, String holder, MarkStatus status, Integer version) {
}
