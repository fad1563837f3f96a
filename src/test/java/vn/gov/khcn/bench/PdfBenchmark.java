package vn.gov.khcn.bench;

import java.util.Arrays;
import vn.gov.khcn.reporting.SeedReportDocx;
import vn.gov.khcn.reporting.internal.OfficePool;
import vn.gov.khcn.reporting.internal.PdfConverter;

/**
 * PDF benchmark (not a test): the seed report's DOCX converted to PDF N times the old way — one {@code soffice}
 * process per conversion — and N times through the pool of LibreOffice processes ({@link OfficePool}), in the same
 * run, after a warm-up of each; prints median, p90 and min per PDF, and the pool's first PDF (its start) apart.
 * See docs/benchmarks.md. Arguments: [runs=10] [warmup=2].
 */
public final class PdfBenchmark {
    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String soffice = PdfConverter.soffice();
        if (soffice == null) {
            System.err.println("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui fonts-liberation");
            System.exit(2);
        }
        byte[] docx = SeedReportDocx.docx();
        System.out.printf("seed report DOCX: %,d bytes; soffice: %s; %d runs after %d warm-up%n", docx.length, soffice, runs, warmup);

        for (int i = 0; i < warmup; i++) {
            PdfConverter.convert(docx, soffice);
        }
        double[] once = new double[runs];
        int size = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            size = PdfConverter.convert(docx, soffice).length;
            once[i] = (System.nanoTime() - t) / 1e6;
        }

        OfficePool pool = OfficePool.of(1);
        double[] pooled = new double[runs];
        double first;
        try {
            long t0 = System.nanoTime();
            pool.convert(docx);
            first = (System.nanoTime() - t0) / 1e6;
            for (int i = 0; i < warmup; i++) {
                pool.convert(docx);
            }
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                pool.convert(docx);
                pooled[i] = (System.nanoTime() - t) / 1e6;
            }
        } finally {
            pool.destroy();
        }
        System.out.printf("PDF size: %,d bytes%n", size);
        print("before: one soffice per PDF ", once);
        print("after:  pool of 1 LibreOffice", pooled);
        System.out.printf("pool's first PDF (starting LibreOffice): %.0f ms%n", first);
        System.out.printf("speed-up (median): %.1f×%n", stats(once)[0] / stats(pooled)[0]);
    }

    private static void print(String label, double[] ms) {
        double[] s = stats(ms);
        System.out.printf("%s  median %7.0f ms  p90 %7.0f ms  min %7.0f ms%n", label, s[0], s[1], s[2]);
    }

    /** median, p90 (nearest rank), min. */
    private static double[] stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double p90 = sorted[Math.min(n - 1, (int) Math.ceil(0.9 * n) - 1)];
        return new double[] {median, p90, sorted[0]};
    }
}
