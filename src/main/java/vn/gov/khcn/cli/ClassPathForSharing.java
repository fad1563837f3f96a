package vn.gov.khcn.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Readies the extracted application ({@code java -Djarmode=tools -jar khcn.jar extract}) for class-data sharing: the
 * launcher ({@code ./khcn}, decision 0023) runs it once after each extraction. The JVM refuses an archive whose class
 * path holds a non-empty directory, and one library (LibreOffice's UNO jar, for the PDF pool) names {@code ../} in its
 * manifest's {@code Class-Path}, which resolves to the extracted folder itself. The application jar's own manifest
 * already lists every library, so the libraries' {@code Class-Path} entries are dropped: the class path is the same jars.
 * Usage: {@code java -cp APP/khcn.jar vn.gov.khcn.cli.ClassPathForSharing APP/lib}.
 */
public final class ClassPathForSharing {
    private ClassPathForSharing() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Dùng: ClassPathForSharing THƯ_MỤC_LIB");
            System.exit(2);
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                dropClassPath(jar);
            }
        }
    }

    /** Rewrites {@code jar} without its manifest's Class-Path, if it has one; true when it did. */
    static boolean dropClassPath(Path jar) throws IOException {
        Manifest manifest;
        try (JarFile f = new JarFile(jar.toFile())) {
            manifest = f.getManifest();
        }
        if (manifest == null || manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH) == null) {
            return false;
        }
        manifest.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".new");
        try (InputStream in = Files.newInputStream(jar);
             JarInputStream jin = new JarInputStream(in, false);
             OutputStream out = Files.newOutputStream(tmp);
             JarOutputStream jout = new JarOutputStream(out, manifest)) {
            for (JarEntry e = jin.getNextJarEntry(); e != null; e = jin.getNextJarEntry()) {
                JarEntry copy = new JarEntry(e.getName());
                copy.setTime(e.getTime());
                jout.putNextEntry(copy);
                jin.transferTo(jout);
                jout.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
