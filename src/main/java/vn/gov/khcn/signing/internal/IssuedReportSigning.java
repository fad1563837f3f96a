package vn.gov.khcn.signing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.khcn.identity.AuditTrail;
import vn.gov.khcn.reporting.IssuedPdfSigning;
import vn.gov.khcn.reporting.Report;
import vn.gov.khcn.reporting.ReportEngine;
import vn.gov.khcn.reporting.ReportTextFrozen;
import vn.gov.khcn.reporting.Reports;
import vn.gov.khcn.signing.PdfSigner;

/**
 * Signs an issued report's PDF once and keeps it: right after the issue commits, or, if the key or LibreOffice was
 * not available then, at the first PDF download. Every later download serves the kept bytes.
 */
@Service
class IssuedReportSigning implements IssuedPdfSigning {
    private static final Logger LOG = LoggerFactory.getLogger(IssuedReportSigning.class);
    private final SigningConfiguration config;
    private final SignedReportStore store;
    private final AuditTrail audit;
    private final Reports reports;
    private final ReportEngine engine;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    IssuedReportSigning(SigningConfiguration config, SignedReportStore store, AuditTrail audit, Reports reports, ReportEngine engine,
                        Clock clock, PlatformTransactionManager tx) {
        this.config = config;
        this.store = store;
        this.audit = audit;
        this.reports = reports;
        this.engine = engine;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(tx);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean configured() {
        return config.configured();
    }

    /** Right after the issue commits: sign now, so the signature's time is the issue's. A failure leaves it to the first download. */
    @TransactionalEventListener
    void onIssued(ReportTextFrozen e) {
        if (!config.configured()) {
            return;
        }
        try {
            Report r = reports.get(e.reportId());
            issuedPdf(r, () -> engine.pdf(engine.view(r)));
        } catch (RuntimeException ex) {
            LOG.warn("Issued report {} was not signed at issue ({}); it is signed at its first PDF download", e.reportId(), ex.getMessage());
        }
    }

    @Override
    public byte[] issuedPdf(Report issued, Supplier<byte[]> unsigned) {
        Optional<byte[]> kept = store.pdf(issued.id());
        if (kept.isPresent()) {
            return kept.get();
        }
        Optional<PdfSigner> signer = config.signer();
        if (signer.isEmpty()) {
            return unsigned.get();
        }
        byte[] pdf = signer.get().sign(unsigned.get());
        var cert = signer.get().key().certificate();
        var record = new SignedReportStore.SignedPdf(issued.id(), sha256(pdf), cert.getSubjectX500Principal().getName(),
                cert.getSerialNumber().toString(16).toUpperCase(), OffsetDateTime.now(clock), pdf.length);
        try {
            ownTransaction.executeWithoutResult(t -> {
                store.save(record, pdf);
                audit.record("report", issued.id(), "SIGN_PDF", null, record);
            });
            return pdf;
        } catch (DuplicateKeyException e) {
            // signed at the same moment by another request: the first one kept is the report's
            return store.pdf(issued.id()).orElseThrow();
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
