package vn.gov.khcn.quality.internal;

import vn.gov.khcn.exchange.spi.ImportContext;
import vn.gov.khcn.organisations.Organisations;

/** The look-up the quality sheets share: an organisation named in a cell, once per import. */
final class QualityLookups {
    private QualityLookups() {
    }

    /** The id of the organisation {@code name} names, or the row's Vietnamese error for {@code field} ({@code role} in words). */
    static long organisation(ImportContext context, Organisations organisations, String name, String field, String role) {
        return context.get("organisation", name, () -> organisations.requireByName(name, field, role)).id();
    }
}
