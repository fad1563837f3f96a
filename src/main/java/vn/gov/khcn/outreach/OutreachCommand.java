package vn.gov.khcn.outreach;

import java.time.LocalDate;

/**
 * A news post, broadcast or bulletin as a form or the API sends it. {@code version}: the version read, required to
 * change a saved item; {@code reason}: why, when its date lies in an issued report's period.
 */
public record OutreachCommand(Channel channel, String title, LocalDate publishedOn, String site, String station, String issueNo,
                              Integer copies, Integer version, String reason) {
    /** A new item (no version, no reason). */
    public static OutreachCommand of(Channel channel, String title, LocalDate publishedOn, String site, String station, String issueNo,
                                     Integer copies) {
        return new OutreachCommand(channel, title, publishedOn, site, station, issueNo, copies, null, null);
    }
}
