package vn.gov.khcn.centre;

import java.time.LocalDate;

/**
 * What the gene-source list shows: sources whose crop contains {@code q} (diacritics and case ignored), kept on the
 * day {@code on} (null: whenever kept). The list page binds it from its query parameters, and its export from the
 * same ones.
 */
public record GeneSourceQuery(String q, LocalDate on) {
    public static final GeneSourceQuery ALL = new GeneSourceQuery(null, null);

    public GeneSourceQuery {
        q = q == null || q.isBlank() ? null : q.strip();
    }
}
