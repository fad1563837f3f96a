package vn.gov.khcn.backup.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes through and computes their SHA-256; closing it does not close what it writes to (a zip entry). */
public final class Digesting extends FilterOutputStream {
    private final MessageDigest md;

    public Digesting(OutputStream out) {
        super(out);
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 (hex) of everything the stream gives. */
    public static String of(InputStream in) throws IOException {
        Digesting d = new Digesting(OutputStream.nullOutputStream());
        in.transferTo(d);
        return d.hex();
    }

    public static String of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    @Override
    public void write(int b) throws IOException {
        md.update((byte) b);
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        md.update(b, off, len);
        out.write(b, off, len);
    }

    @Override
    public void close() {
        // the entry is closed by the zip
    }

    public String hex() {
        return HexFormat.of().formatHex(md.digest());
    }
}
