package vn.gov.khcn.signing;

import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test CA and a department certificate it issued, made fresh at test time: no key is ever committed. */
public final class TestCertificates {
    public static final String DEPARTMENT = "Sở Khoa học và Công nghệ tỉnh Thử Nghiệm";
    public static final String SIGNER = "Nguyễn Văn Ký";

    public final KeyPair caKeys;
    public final X509Certificate ca;
    public final KeyPair keys;
    public final X509Certificate department;

    private TestCertificates(String caName) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            caKeys = g.generateKeyPair();
            keys = g.generateKeyPair();
            Instant now = Instant.now();
            X500Name caDn = new X500Name("CN=" + caName + ",O=Tổ chức cấp chứng thư thử,C=VN");
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            var cab = new JcaX509v3CertificateBuilder(caDn, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(3650, ChronoUnit.DAYS)), caDn, caKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(caKeys.getPublic()));
            ca = new JcaX509CertificateConverter().getCertificate(cab.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
            X500Name dn = new X500Name("CN=" + SIGNER + ",O=" + DEPARTMENT + ",C=VN");
            var b = new JcaX509v3CertificateBuilder(ca, BigInteger.valueOf(now.toEpochMilli() + 1), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)), dn, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca))
                    .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            department = new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestCertificates create() {
        return new TestCertificates("CA thử nghiệm KHCN");
    }

    public static TestCertificates create(String caName) {
        return new TestCertificates(caName);
    }

    public SigningKey signingKey() {
        return new SigningKey(keys.getPrivate(), List.of(department, ca), null);
    }

    /** The department's key and chain as a PKCS#12 file, as a CA would export it. */
    public Path pkcs12(Path dir, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("so-khcn", keys.getPrivate(), password.toCharArray(), new Certificate[] {department, ca});
        Path p = dir.resolve("so-khcn.p12");
        try (OutputStream out = Files.newOutputStream(p)) {
            ks.store(out, password.toCharArray());
        }
        return p;
    }

    /** The CA certificate as a PEM file: the trust anchor. */
    public Path caPem(Path dir) throws Exception {
        StringWriter w = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(ca);
        }
        Path p = dir.resolve("ca-" + ca.getSerialNumber() + ".pem");
        Files.writeString(p, w.toString());
        return p;
    }

    /** {@link #smallPdf()} signed with the department's key at the clock's time. */
    public byte[] signedSample(java.time.Clock clock) {
        try {
            return new PdfSigner(signingKey(), clock, null).sign(smallPdf());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small one-page PDF with Vietnamese text, made with PDFBox. */
    public static byte[] smallPdf() throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 760);
                cs.showText("Bao cao thu nghiem");
                cs.endText();
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
