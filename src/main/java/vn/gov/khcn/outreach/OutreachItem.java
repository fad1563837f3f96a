package vn.gov.khcn.outreach;

import java.time.LocalDate;

/**
 * A news post (site), a broadcast programme (station) or a printed bulletin (issue number like
 * "1/2021" and copies; no date while it is still being drafted).
 */
public record OutreachItem(long id, Channel channel, String title, LocalDate publishedOn, String site, String station,
                           String issueNo, Integer copies, int version) {
}
