package vn.gov.khcn.technology;

/**
 * What the round list shows: the rounds of {@code year} (null: every year), and with them the initiatives they
 * recognise. The list page, the API and the exports of rounds and of initiatives bind it from the same parameters.
 */
public record RoundQuery(Integer year) {
    public static final RoundQuery ALL = new RoundQuery(null);
}
