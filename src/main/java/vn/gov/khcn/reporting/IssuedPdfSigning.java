package vn.gov.khcn.reporting;

import java.util.function.Supplier;

/**
 * The digital signature of issued reports' PDFs, given by the signing module when it is there: the report pages
 * serve an issued report's PDF through it.
 */
public interface IssuedPdfSigning {
    /** Whether the department's signing key is configured. */
    boolean configured();

    /**
     * The issued report's signed PDF: the one kept when it was first signed, else the given PDF signed and kept now.
     * Unsigned, and not kept, when signing is not configured.
     */
    byte[] issuedPdf(Report issued, Supplier<byte[]> unsigned);
}
