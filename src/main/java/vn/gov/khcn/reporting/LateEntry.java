package vn.gov.khcn.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A record written after the cut-off day into the period of a report already submitted, approved or issued: when,
 * by whom, which record (its audit name and id) and the record's date that falls in the period.
 */
public record LateEntry(OffsetDateTime at, String username, String entityType, long entityId, LocalDate recordDate) {
    /** The record's history in the audit trail. */
    public String href() {
        return "/audit?type=" + java.net.URLEncoder.encode(entityType, java.nio.charset.StandardCharsets.UTF_8) + "&id=" + entityId;
    }
}
