package vn.gov.khcn.outreach;

import java.time.LocalDate;

public record OutreachCommand(Channel channel, String title, LocalDate publishedOn, String site, String station, String issueNo,
                              Integer copies, Integer version) {
}
