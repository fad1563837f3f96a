package vn.gov.khcn.exchange.internal;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** The rows of the one sheet being imported, read as a stream. */
interface SheetSource extends Closeable, Iterator<RawRow> {
    String sheetName();

    /** Every sheet's name in the workbook (one for a CSV file). */
    List<String> sheetNames();

    /** Serial day numbers count from 1904 in this workbook. */
    default boolean date1904() {
        return false;
    }
}
