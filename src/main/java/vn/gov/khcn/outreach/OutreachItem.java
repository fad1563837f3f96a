package vn.gov.khcn.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A news post (site), a broadcast programme (station) or a printed bulletin (issue number like
 * "1/2021" and copies; no date while it is still being drafted).
 */
public record OutreachItem(long id, Channel channel, String title, LocalDate publishedOn, String site, String station,
                           String issueNo, Integer copies, int version) {

    /** The date reports count it by: its publication (none for a bulletin still being drafted). */
    public List<LocalDate> reportDates() {
        List<LocalDate> d = new ArrayList<>();
        if (publishedOn != null) {
            d.add(publishedOn);
        }
        return d;
    }

    /** Where it appeared: the station of a broadcast, the site of a post or of any other channel (a bulletin is known by its number). */
    public String place() {
        return Channel.BROADCAST.equals(channel) ? station : site;
    }
}
