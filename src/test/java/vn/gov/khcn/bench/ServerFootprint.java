package vn.gov.khcn.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The memory of a server process, watched from outside while it works: its resident set from /proc (the kernel's own
 * peak, VmHWM, and the samples), its heap from {@code jstat -gc PID 1000} (one JVM for the whole watch, not a jcmd a
 * second), and at the end whether its log has an OutOfMemoryError and whether it is still running.
 */
final class ServerFootprint implements AutoCloseable {
    private final long pid;
    private final Thread reader;
    private final Process jstat;
    private volatile long peakHeapUsedKb;
    private volatile long peakHeapCommittedKb;
    private volatile long peakOldUsedKb;
    private volatile long samples;
    private volatile long fullGcs;

    ServerFootprint(long pid) throws Exception {
        this.pid = pid;
        this.jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", String.valueOf(pid), "1000")
                .redirectErrorStream(true).start();
        this.reader = new Thread(this::read, "jstat-" + pid);
        reader.setDaemon(true);
        reader.start();
    }

    /** jstat -gc columns (KB): S0C S1C S0U S1U EC EU OC OU MC MU CCSC CCSU YGC YGCT FGC FGCT ... */
    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> columns = null;
            for (String line; (line = r.readLine()) != null; ) {
                List<String> cells = Arrays.asList(line.trim().split("\\s+"));
                if (cells.contains("EU")) {
                    columns = cells;
                    continue;
                }
                if (columns == null || cells.size() != columns.size()) {
                    continue;
                }
                double used = kb(columns, cells, "S0U") + kb(columns, cells, "S1U") + kb(columns, cells, "EU") + kb(columns, cells, "OU");
                double committed = kb(columns, cells, "S0C") + kb(columns, cells, "S1C") + kb(columns, cells, "EC") + kb(columns, cells, "OC");
                peakHeapUsedKb = Math.max(peakHeapUsedKb, (long) used);
                peakHeapCommittedKb = Math.max(peakHeapCommittedKb, (long) committed);
                peakOldUsedKb = Math.max(peakOldUsedKb, (long) kb(columns, cells, "OU"));
                fullGcs = (long) kb(columns, cells, "FGC");
                samples++;
            }
        } catch (Exception stopped) {
            // the server or jstat ended
        }
    }

    private static double kb(List<String> columns, List<String> cells, String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            return 0;
        }
        try {
            return Double.parseDouble(cells.get(i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A line of /proc/PID/status in kB (VmRSS, VmHWM), or -1 once the process is gone. */
    long procKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception gone) {
            // the process ended
        }
        return -1;
    }

    /** What was seen so far, in MB; {@code log} is the server's output, searched for OutOfMemoryError. */
    String summary(Path log, boolean alive) {
        boolean oom = outOfMemory(log);
        return String.format("server pid %d: RSS now %,d MB, peak RSS (VmHWM) %,d MB; heap used peak %,d MB, committed peak %,d MB,"
                        + " old generation peak %,d MB (jstat, %d samples, %d full GCs); OutOfMemoryError in its log: %s; still running: %s",
                pid, procKb("VmRSS") / 1024, procKb("VmHWM") / 1024, peakHeapUsedKb / 1024, peakHeapCommittedKb / 1024, peakOldUsedKb / 1024,
                samples, fullGcs, oom ? "YES" : "no", alive ? "yes" : "NO");
    }

    /** Whether the server's log has an OutOfMemoryError (an unreadable log counts as one). */
    static boolean outOfMemory(Path log) {
        try {
            return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains("OutOfMemoryError");
        } catch (Exception e) {
            return true;
        }
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        jstat.waitFor(10, TimeUnit.SECONDS);
    }
}
