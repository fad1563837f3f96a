package vn.gov.khcn.exchange;

/** What a spreadsheet column holds. */
public enum ColumnType {
    TEXT, DATE, INTEGER, CHOICE
}
