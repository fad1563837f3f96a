package vn.gov.khcn.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attached files under DATA/files, each stored under a random key: a user's file name is kept as data
 * and never used as a path.
 */
@Component
public class FileStore {
    private final Path root;

    FileStore(@Value("${khcn.data-dir:./data}") String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize().resolve("files");
    }

    public String put(InputStream in) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "up", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, path(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String key) {
        if (!key.matches("[0-9a-f\\-]{36}")) {
            throw new IllegalArgumentException("bad file key");
        }
        return root.resolve(key);
    }

    public byte[] read(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
