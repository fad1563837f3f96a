package vn.gov.khcn.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;
import vn.gov.khcn.shared.DomainException;

/**
 * Checks the signatures of a PDF: who signed and when, by which certificate, whether the signed bytes are the whole
 * file and their CMS digest and signature hold, and whether the certificate chains to a trust anchor. No OCSP,
 * CRL or timestamp is checked (PAdES baseline B). Plain Java; every sentence it gives is Vietnamese.
 */
public final class PdfSignatureVerifier {
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** What the trust check found. */
    public enum Trust { TRUSTED, UNTRUSTED, NOT_CHECKED }

    public record SignatureCheck(String subjectCn, String subjectO, OffsetDateTime signedAt, String issuer, String serial,
                                 OffsetDateTime validFrom, OffsetDateTime validTo, boolean coversWholeFile, boolean digestMatches,
                                 Trust trust, String problem, String subFilter) {
        public boolean intact() {
            return coversWholeFile && digestMatches && problem == null;
        }

        public boolean valid() {
            return intact() && trust != Trust.UNTRUSTED;
        }
    }

    public record Result(List<SignatureCheck> signatures, String problem) {
        public boolean valid() {
            return problem == null && !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::valid);
        }

        /** The finding, one Vietnamese sentence a line. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            if (problem != null) {
                out.add(problem);
                return out;
            }
            if (signatures.isEmpty()) {
                out.add("Tệp PDF này không có chữ ký số.");
                return out;
            }
            int i = 1;
            for (SignatureCheck s : signatures) {
                out.add("Chữ ký " + i++ + ": " + (s.valid() ? "HỢP LỆ" : "KHÔNG HỢP LỆ"));
                out.add("Thời điểm ký (người ký khai, không có dấu thời gian): " + (s.signedAt() == null ? "không ghi" : s.signedAt().format(ISO)));
                if (s.validFrom() == null) {
                    out.add(s.problem());
                    continue;
                }
                out.add("Người ký: " + s.subjectCn() + (s.subjectO() == null ? "" : " — Tổ chức: " + s.subjectO()));
                out.add("Chứng thư số: do " + s.issuer() + " cấp, số hiệu " + s.serial() + ", hiệu lực từ "
                        + s.validFrom().format(ISO) + " đến " + s.validTo().format(ISO));
                if (s.problem() != null) {
                    out.add(s.problem());
                } else if (!s.coversWholeFile()) {
                    out.add("Tài liệu ĐÃ BỊ THAY ĐỔI sau khi ký: phần được ký không bao trùm toàn bộ tệp (có nội dung thêm vào sau chữ ký).");
                } else if (!s.digestMatches()) {
                    out.add("Tài liệu ĐÃ BỊ THAY ĐỔI sau khi ký: mã băm của nội dung không khớp với chữ ký.");
                } else {
                    out.add("Tài liệu không bị thay đổi sau khi ký (phần được ký bao trùm toàn bộ tệp, mã băm khớp).");
                }
                out.add(switch (s.trust()) {
                    case TRUSTED -> "Chuỗi tin cậy: chứng thư số được cấp bởi một chứng thư gốc tin cậy đã cấu hình.";
                    case UNTRUSTED -> "Chuỗi tin cậy: chứng thư số KHÔNG chuỗi tới chứng thư gốc tin cậy nào đã cấu hình (hoặc không còn hiệu lực vào thời điểm ký).";
                    case NOT_CHECKED -> "Chuỗi tin cậy: không kiểm tra được chuỗi tin cậy (chưa cấu hình chứng thư gốc tin cậy khcn.signing.trust).";
                });
            }
            out.add("Không kiểm tra thu hồi chứng thư (OCSP/CRL) và không có dấu thời gian: chữ ký PAdES mức cơ bản (B).");
            return out;
        }
    }

    private final List<X509Certificate> anchors;

    /** anchors: the trusted root (or department CA) certificates; empty means the chain is not checked. */
    public PdfSignatureVerifier(List<X509Certificate> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    /** The certificates of a PEM (or DER) file. */
    public static List<X509Certificate> readCertificates(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends java.security.cert.Certificate> all = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (all.isEmpty()) {
                throw new DomainException("trust", "Tệp " + pem + " không chứa chứng thư số nào.");
            }
            return all.stream().map(c -> (X509Certificate) c).toList();
        } catch (IOException | GeneralSecurityException e) {
            throw new DomainException("trust", "Không đọc được chứng thư gốc tin cậy từ tệp " + pem + ": " + e.getMessage());
        }
    }

    public Result verify(byte[] pdf) {
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return new Result(List.of(), "Tệp này không phải tệp PDF.");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<SignatureCheck> checks = new ArrayList<>();
            List<PDSignature> sigs = doc.getSignatureDictionaries();
            for (PDSignature sig : sigs) {
                checks.add(check(sig, pdf));
            }
            return new Result(checks, null);
        } catch (IOException e) {
            return new Result(List.of(), "Không đọc được tệp PDF (tệp hỏng hoặc bị thay đổi): " + e.getMessage());
        }
    }

    private SignatureCheck check(PDSignature sig, byte[] pdf) {
        int[] range = sig.getByteRange();
        String sub = sig.getSubFilter();
        OffsetDateTime at = when(sig.getSignDate());
        if (range == null || range.length != 4) {
            return broken(at, sub, "Chữ ký không có phạm vi ký (ByteRange) hợp lệ.");
        }
        // the signed parts are the whole file except the /Contents hole
        boolean whole = range[0] == 0 && range[1] >= 0 && range[2] > range[1] && range[3] >= 0
                && (long) range[2] + range[3] == pdf.length && range[2] <= pdf.length;
        CMSSignedData cms;
        byte[] signed;
        try {
            if ((long) range[2] + range[3] > pdf.length || range[2] < range[1]) {
                return broken(at, sub, "Phạm vi ký (ByteRange) vượt ra ngoài tệp: tài liệu ĐÃ BỊ THAY ĐỔI sau khi ký.");
            }
            signed = sig.getSignedContent(pdf);
            // the /Contents hole is padded with zeros after the DER signature: read the one object it holds
            try (var asn1 = new org.bouncycastle.asn1.ASN1InputStream(sig.getContents())) {
                cms = new CMSSignedData(new CMSProcessableByteArray(signed), org.bouncycastle.asn1.cms.ContentInfo.getInstance(asn1.readObject()));
            }
        } catch (Exception e) {
            return broken(at, sub, "Không đọc được chữ ký CMS: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
        if (matches.isEmpty()) {
            return broken(at, sub, "Chữ ký không kèm chứng thư số của người ký.");
        }
        try {
            JcaX509CertificateConverter conv = new JcaX509CertificateConverter();
            X509Certificate cert = conv.getCertificate(matches.iterator().next());
            List<X509Certificate> others = new ArrayList<>();
            for (Object h : cms.getCertificates().getMatches(null)) {
                others.add(conv.getCertificate((X509CertificateHolder) h));
            }
            boolean digest;
            try {
                digest = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
                digest = false;
            } catch (org.bouncycastle.cms.CMSException e) {
                digest = false;
            }
            return new SignatureCheck(DistinguishedNames.part(cert.getSubjectX500Principal(), "CN"),
                    DistinguishedNames.part(cert.getSubjectX500Principal(), "O"), at, cert.getIssuerX500Principal().getName(),
                    cert.getSerialNumber().toString(16).toUpperCase(), when(cert.getNotBefore()), when(cert.getNotAfter()),
                    whole, digest, trust(cert, others, sig.getSignDate()), null, sub);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            return broken(at, sub, "Không kiểm tra được chữ ký: " + e.getMessage());
        }
    }

    private Trust trust(X509Certificate cert, List<X509Certificate> bag, Calendar signedAt) {
        if (anchors.isEmpty()) {
            return Trust.NOT_CHECKED;
        }
        // the path from the signer up to (not including) an anchor, from the certificates in the signature
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate at = cert;
        Set<X509Certificate> seen = new HashSet<>();
        while (at != null && seen.add(at)) {
            if (anchors.contains(at)) {
                break;
            }
            path.add(at);
            X509Certificate current = at;
            at = bag.stream().filter(c -> !c.equals(current) && c.getSubjectX500Principal().equals(current.getIssuerX500Principal()))
                    .findFirst().orElse(null);
        }
        if (path.isEmpty()) {
            return Trust.TRUSTED; // the signer's certificate is itself an anchor
        }
        try {
            Set<TrustAnchor> ta = new HashSet<>();
            anchors.forEach(a -> ta.add(new TrustAnchor(a, null)));
            PKIXParameters params = new PKIXParameters(ta);
            params.setRevocationEnabled(false);
            if (signedAt != null) {
                params.setDate(signedAt.getTime());
            }
            CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), params);
            return Trust.TRUSTED;
        } catch (GeneralSecurityException e) {
            return Trust.UNTRUSTED;
        }
    }

    private static SignatureCheck broken(OffsetDateTime at, String sub, String problem) {
        return new SignatureCheck("?", null, at, "?", "?", null, null, false, false, Trust.NOT_CHECKED, problem, sub);
    }

    private static OffsetDateTime when(Calendar c) {
        return c == null ? null : OffsetDateTime.ofInstant(c.toInstant(), PdfSigner.VIETNAM);
    }

    private static OffsetDateTime when(Date d) {
        return OffsetDateTime.ofInstant(d.toInstant(), PdfSigner.VIETNAM);
    }
}
