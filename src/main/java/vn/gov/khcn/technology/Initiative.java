package vn.gov.khcn.technology;

/** An initiative (sáng kiến) recognised in a round. */
public record Initiative(long id, long roundId, String title, String authors, String unitName, int version) {
}
