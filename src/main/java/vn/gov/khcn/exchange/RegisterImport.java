package vn.gov.khcn.exchange;

/** A register that can be filled from a spreadsheet: its description and how its rows are written. */
public interface RegisterImport {
    RegisterSpec spec();

    RowWriter open();
}
