package vn.gov.khcn.exchange.internal;

/** What an uploaded file really is, judged by its content, not its name. */
public enum FileKind {
    XLSX, CSV, ARCHIVE
}
