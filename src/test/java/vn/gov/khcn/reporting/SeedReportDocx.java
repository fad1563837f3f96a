package vn.gov.khcn.reporting;

import vn.gov.khcn.reporting.internal.DocxWriter;

/** The DOCX of the seed report (the nine-months report of the golden figures), for the PDF benchmark. */
public final class SeedReportDocx {
    private SeedReportDocx() {
    }

    public static byte[] docx() {
        return DocxWriter.write(Render.nineMonths(Golden.seed()));
    }
}
