package vn.gov.khcn.exchange.spi;

/** What a spreadsheet column holds. */
public enum ColumnType {
    TEXT, DATE, INTEGER, CHOICE
}
