package vn.gov.khcn.reporting;

/** One record behind a figure: what it is, its id, a label to show, and the page that shows it. */
public record RecordRef(String type, long id, String label, String href) {
}
