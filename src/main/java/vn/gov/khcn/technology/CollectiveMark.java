package vn.gov.khcn.technology;

/** A collective mark, certification mark or geographical indication of a local specialty. */
public record CollectiveMark(long id, String name, MarkKind kind, String product, String holder, MarkStatus status, int version) {
}
