package vn.gov.khcn.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.ExistingProcessAction;
import org.jodconverter.local.office.LocalOfficeManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.khcn.shared.DomainException;

/**
 * DOCX → PDF through a pool of LibreOffice processes kept running (JODConverter's {@link LocalOfficeManager}, decision
 * 0014), instead of one {@code soffice} per PDF. The pool has {@code khcn.pdf.pool-size} processes (default 1), each
 * listening on a free local port and restarted after {@code khcn.pdf.max-tasks-per-process} conversions; it starts at
 * the first PDF (or at start-up with {@code khcn.pdf.start-at-startup=true}) and stops with the application. Without
 * LibreOffice a PDF is refused with {@link PdfConverter#NOT_INSTALLED}; when the pool cannot start, each PDF is
 * converted by its own {@code soffice} as before, and the health check says so.
 */
@Component
public class OfficePool implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(OfficePool.class);
    static final long TASK_TIMEOUT_MS = 120_000;

    private final int size;
    private final int maxTasksPerProcess;
    private final boolean atStartup;
    private final java.util.function.Supplier<String> soffice;
    private LocalOfficeManager manager;
    private String failure;

    @org.springframework.beans.factory.annotation.Autowired
    public OfficePool(@Value("${khcn.pdf.pool-size:1}") int size, @Value("${khcn.pdf.max-tasks-per-process:200}") int maxTasksPerProcess,
                      @Value("${khcn.pdf.start-at-startup:false}") boolean atStartup) {
        this(size, maxTasksPerProcess, atStartup, PdfConverter::soffice);
    }

    OfficePool(int size, int maxTasksPerProcess, boolean atStartup, java.util.function.Supplier<String> soffice) {
        if (size < 1) {
            throw new IllegalArgumentException("khcn.pdf.pool-size phải từ 1 trở lên: " + size);
        }
        this.size = size;
        this.maxTasksPerProcess = maxTasksPerProcess;
        this.atStartup = atStartup;
        this.soffice = soffice;
    }

    /** A pool of {@code size} processes for a program (the benchmark, a test) without Spring; stop it with {@link #destroy}. */
    public static OfficePool of(int size) {
        return of(size, PdfConverter::soffice);
    }

    /** As {@link #of(int)} with a look-up of {@code soffice} of the caller's (null: not installed). */
    public static OfficePool of(int size, java.util.function.Supplier<String> soffice) {
        return new OfficePool(size, 200, false, soffice);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startIfAsked() {
        if (atStartup && soffice.get() != null) {
            started(soffice.get());
        }
    }

    /** The PDF of a DOCX, converted by one of the pool's processes. */
    public byte[] convert(byte[] docx) {
        String bin = soffice.get();
        if (bin == null) {
            throw new DomainException("format", PdfConverter.NOT_INSTALLED);
        }
        LocalOfficeManager m = started(bin);
        if (m == null) {
            return PdfConverter.convert(docx, bin);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length * 2);
        try {
            LocalConverter.make(m).convert(new ByteArrayInputStream(docx)).as(DefaultDocumentFormatRegistry.DOCX).to(out)
                    .as(DefaultDocumentFormatRegistry.PDF).execute();
        } catch (OfficeException e) {
            throw new DomainException("format", "LibreOffice không chuyển được tệp PDF: " + e.getMessage());
        }
        return out.toByteArray();
    }

    /** For the health check: what the pool is doing, in Vietnamese. */
    public synchronized String state() {
        if (manager != null && manager.isRunning()) {
            return "đang chạy " + size + " tiến trình LibreOffice";
        }
        if (failure != null) {
            return "không khởi động được (" + failure + "): mỗi tệp PDF dùng một tiến trình soffice riêng";
        }
        return "chưa khởi động: khởi động khi xuất tệp PDF đầu tiên";
    }

    public synchronized boolean running() {
        return manager != null && manager.isRunning();
    }

    private synchronized LocalOfficeManager started(String bin) {
        if (manager != null || failure != null) {
            return manager;
        }
        try {
            LocalOfficeManager m = LocalOfficeManager.builder().officeHome(officeHome(bin)).portNumbers(freePorts(size))
                    .maxTasksPerProcess(maxTasksPerProcess).taskExecutionTimeout(TASK_TIMEOUT_MS).taskQueueTimeout(TASK_TIMEOUT_MS)
                    .processTimeout(TASK_TIMEOUT_MS).existingProcessAction(ExistingProcessAction.FAIL).build();
            m.start();
            manager = m;
            log.info("PDF: {} LibreOffice process(es) started from {}", size, bin);
        } catch (OfficeException | IOException | RuntimeException e) {
            failure = e.getMessage();
            log.warn("PDF: the LibreOffice pool did not start ({}); each PDF starts its own soffice", e.getMessage());
        }
        return manager;
    }

    /** {@code /usr/bin/soffice} → {@code /usr/lib/libreoffice}: the folder above {@code program/soffice}. */
    static File officeHome(String bin) throws IOException {
        Path real = Path.of(bin).toRealPath();
        return real.getParent().getParent().toFile();
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        ServerSocket[] held = new ServerSocket[n];
        try {
            for (int i = 0; i < n; i++) {
                held[i] = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                ports[i] = held[i].getLocalPort();
            }
        } finally {
            for (ServerSocket s : held) {
                if (s != null) {
                    s.close();
                }
            }
        }
        return ports;
    }

    @Override
    public synchronized void destroy() {
        if (manager != null) {
            try {
                manager.stop();
            } catch (OfficeException e) {
                log.warn("PDF: stopping LibreOffice: {}", e.getMessage());
            }
            manager = null;
        }
    }
}
