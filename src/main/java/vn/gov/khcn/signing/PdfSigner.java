package vn.gov.khcn.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a PDF as PAdES baseline B (/SubFilter ETSI.CAdES.detached): a detached CMS signature over the byte range,
 * with the signing-certificate-v2 attribute and no signing-time attribute (the claimed time is the /M entry), and
 * a visible appearance on the last page carrying, as Nghị định 30/2020 Phụ lục I asks of an organisation's
 * digital signature, the organisation's name, the signer and the time in ISO 8601. Plain Java.
 */
public final class PdfSigner {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Room kept for the CMS signature in the file; a chain of a few RSA-4096 certificates fits. */
    static final int SIGNATURE_SIZE = 24_000;
    private static final Logger LOG = LoggerFactory.getLogger(PdfSigner.class);
    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf");

    private final SigningKey key;
    private final Clock clock;
    private final File font;

    /** font: a TrueType font with Vietnamese glyphs; null looks for DejaVu Sans or Liberation Sans on the machine. */
    public PdfSigner(SigningKey key, Clock clock, File font) {
        this.key = key;
        this.clock = clock;
        this.font = font != null ? font : FONTS.stream().map(File::new).filter(File::canRead).findFirst().orElse(null);
        if (this.font == null) {
            LOG.warn("No TrueType font with Vietnamese glyphs found ({}): the signature appearance is drawn in Helvetica without diacritics", FONTS);
        }
    }

    public SigningKey key() {
        return key;
    }

    /** The font the appearance is drawn with; null when none was found and the appearance has no diacritics. */
    public File font() {
        return font;
    }

    /** The organisation the certificate names (O), else its common name. */
    public static String organisation(X509Certificate c) {
        String o = DistinguishedNames.part(c.getSubjectX500Principal(), "O");
        return o != null ? o : DistinguishedNames.part(c.getSubjectX500Principal(), "CN");
    }

    public byte[] sign(byte[] pdf) {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(VIETNAM)).atZoneSameInstant(VIETNAM).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
        X509Certificate cert = key.certificate();
        String signer = DistinguishedNames.part(cert.getSubjectX500Principal(), "CN");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            sig.setName(signer);
            sig.setReason("Ban hành văn bản");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM));
            when.setTimeInMillis(now.toInstant().toEpochMilli());
            sig.setSignDate(when);
            int last = doc.getNumberOfPages() - 1;
            PDRectangle media = doc.getPage(last).getMediaBox();
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 40_000);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                options.setPage(last);
                options.setVisualSignature(new ByteArrayInputStream(appearance(media, organisation(cert), signer, now)));
                doc.addSignature(sig, this::cms, options);
                doc.saveIncremental(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The detached CMS signature of the signed bytes (PAdES B-B signed attributes). */
    byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate cert = key.certificate();
            String alg = key.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            JcaContentSignerBuilder csb = new JcaContentSignerBuilder(alg);
            if (key.provider() != null) {
                csb.setProvider(key.provider());
            }
            ContentSigner signer = csb.build(key.key());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(cert.getIssuerX500Principal().getEncoded()))),
                            cert.getSerialNumber()));
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            CMSAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs));
            // PAdES: the claimed signing time is the signature dictionary's /M, never a signing-time attribute
            CMSAttributeTableGenerator noSigningTime = params -> standard.getAttributes(params).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(noSigningTime).build(signer, cert));
            gen.addCertificates(new JcaCertStore(key.chain()));
            return gen.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CMSException | CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IOException("Không tạo được chữ ký CMS: " + e.getMessage(), e);
        }
    }

    /** A one-page document holding the signature field and its appearance, in the lower right of the page. */
    private byte[] appearance(PDRectangle media, String organisation, String signer, OffsetDateTime when) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(media);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            float w = 250;
            float h = 64;
            PDRectangle rect = new PDRectangle(media.getUpperRightX() - 56 - w, media.getLowerLeftY() + 40, w, h);
            widget.setRectangle(rect);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(w, h));
            PDAppearanceDictionary ap = new PDAppearanceDictionary();
            ap.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            ap.setNormalAppearance(stream);
            widget.setAppearance(ap);

            PDFont f = font != null ? PDType0Font.load(doc, font) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = List.of("Ký bởi: " + organisation, "Người ký: " + signer,
                    "Thời gian ký: " + when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.setStrokingColor(0.8f, 0f, 0f);
                cs.setLineWidth(1);
                cs.addRect(0.5f, 0.5f, w - 1, h - 1);
                cs.stroke();
                cs.setNonStrokingColor(0.8f, 0f, 0f);
                float size = 8.5f;
                float y = h - 16;
                for (String line : lines) {
                    String text = font != null ? line : withoutDiacritics(line);
                    while (text.length() > 8 && f.getStringWidth(text) / 1000 * size > w - 10) {
                        text = text.substring(0, text.length() - 2) + "…";
                        if (font == null) {
                            text = text.replace("…", ".");
                        }
                    }
                    cs.beginText();
                    cs.setFont(f, size);
                    cs.newLineAtOffset(6, y);
                    cs.showText(text);
                    cs.endText();
                    y -= 17;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static String withoutDiacritics(String s) {
        return Normalizer.normalize(s.replace("đ", "d").replace("Đ", "D"), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7e]", "?");
    }

}
