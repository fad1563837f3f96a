package vn.gov.khcn.signing.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.gov.khcn.shared.DomainException;
import vn.gov.khcn.signing.PdfSignatureVerifier;
import vn.gov.khcn.signing.PdfSigner;
import vn.gov.khcn.signing.SigningKey;

/**
 * The department's signing key, from {@code khcn.signing.pkcs12} (with {@code khcn.signing.password} or
 * {@code khcn.signing.password-file}) or {@code khcn.signing.pkcs11-config} (the token's PIN the same way), and the
 * trust anchors of {@code khcn.signing.trust}. The key is opened at the first signature and kept.
 */
@Component
public class SigningConfiguration {
    private final String pkcs12;
    private final String pkcs11;
    private final String password;
    private final String passwordFile;
    private final String trust;
    private final String font;
    private final Clock clock;
    private volatile PdfSigner signer;

    SigningConfiguration(@Value("${khcn.signing.pkcs12:}") String pkcs12, @Value("${khcn.signing.pkcs11-config:}") String pkcs11,
                         @Value("${khcn.signing.password:}") String password, @Value("${khcn.signing.password-file:}") String passwordFile,
                         @Value("${khcn.signing.trust:}") String trust, @Value("${khcn.signing.font:}") String font, Clock clock) {
        this.pkcs12 = pkcs12.strip();
        this.pkcs11 = pkcs11.strip();
        this.password = password;
        this.passwordFile = passwordFile.strip();
        this.trust = trust.strip();
        this.font = font.strip();
        this.clock = clock;
    }

    public boolean configured() {
        return !pkcs12.isEmpty() || !pkcs11.isEmpty();
    }

    /** The signer with the department's key; empty when signing is not configured. */
    public Optional<PdfSigner> signer() {
        if (!configured()) {
            return Optional.empty();
        }
        PdfSigner s = signer;
        if (s == null) {
            synchronized (this) {
                if (signer == null) {
                    char[] secret = secret();
                    SigningKey key = !pkcs12.isEmpty() ? SigningKey.fromPkcs12(Path.of(pkcs12), secret) : SigningKey.fromPkcs11(Path.of(pkcs11), secret);
                    signer = new PdfSigner(key, clock, font.isEmpty() ? null : new File(font));
                }
                s = signer;
            }
        }
        return Optional.of(s);
    }

    /** The verifier with the configured trust anchors (none: the chain is not checked). */
    public PdfSignatureVerifier verifier() {
        return new PdfSignatureVerifier(trust.isEmpty() ? List.of() : PdfSignatureVerifier.readCertificates(Path.of(trust)));
    }

    private char[] secret() {
        if (!passwordFile.isEmpty()) {
            try {
                return Files.readString(Path.of(passwordFile)).strip().toCharArray();
            } catch (IOException e) {
                throw new DomainException("signing", "Không đọc được tệp mật khẩu khóa ký " + passwordFile + ": " + e.getMessage());
            }
        }
        return password.toCharArray();
    }
}
