package vn.gov.khcn.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import vn.gov.khcn.shared.DomainException;

/**
 * The department's signing key and its certificate chain (the department's certificate first). The provider is the
 * one that holds the key: null for a key read from a PKCS#12 file, the SunPKCS11 provider for a token.
 */
public record SigningKey(PrivateKey key, List<X509Certificate> chain, Provider provider) {
    public SigningKey {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The first key entry of a PKCS#12 file. */
    public static SigningKey fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return firstKey(ks, password, null, "tệp PKCS#12 " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new DomainException("signing", "Không đọc được khóa ký từ tệp PKCS#12 " + file + " (sai mật khẩu hoặc tệp hỏng): " + e.getMessage());
        }
    }

    /**
     * The first key entry of a PKCS#11 token, through the SunPKCS11 provider configured by the given file
     * (library, slot; see docs/signing.md). The password is the token's PIN.
     */
    public static SigningKey fromPkcs11(Path config, char[] pin) {
        try {
            Provider p = Security.getProvider("SunPKCS11").configure(config.toString());
            Security.addProvider(p);
            KeyStore ks = KeyStore.getInstance("PKCS11", p);
            ks.load(null, pin);
            return firstKey(ks, pin, p, "thiết bị PKCS#11 cấu hình ở " + config);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new DomainException("signing", "Không mở được thiết bị ký số PKCS#11 theo cấu hình " + config + ": " + e.getMessage());
        }
    }

    private static SigningKey firstKey(KeyStore ks, char[] password, Provider p, String where) throws GeneralSecurityException {
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) {
                Certificate[] chain = ks.getCertificateChain(alias);
                if (chain == null || chain.length == 0) {
                    continue;
                }
                PrivateKey key = (PrivateKey) ks.getKey(alias, password);
                return new SigningKey(key, Arrays.stream(chain).map(c -> (X509Certificate) c).toList(), p);
            }
        }
        throw new DomainException("signing", "Không có khóa ký kèm chứng thư số trong " + where + ".");
    }
}
