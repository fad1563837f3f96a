package vn.gov.khcn.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.gov.khcn.exchange.ImportRefusedException;
import vn.gov.khcn.shared.Formats;

/**
 * Looks at a file before any parser does: its kind by content (a PNG renamed .xlsx is not a workbook),
 * encrypted or old-format Excel files, damaged zips, and zip bombs — entry sizes and compression ratios
 * are checked from the zip directory, and sheets' declared dimensions are read, before the workbook is opened.
 */
public final class FileInspector {
    /** Most data rows a sheet or CSV may hold. */
    public static final int DEFAULT_ROW_LIMIT = 1_000_000;
    static final long MAX_ENTRY_BYTES = 2L * 1024 * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 3L * 1024 * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    /** An entry inflating more than this many times its compressed size is treated as a bomb (POI uses 100 too). */
    static final int MAX_RATIO = 100;
    private static final Pattern DIMENSION = Pattern.compile("<(?:\\w+:)?dimension\\s+ref=\"[A-Z]+\\d+(?::[A-Z]+(\\d+))?\"");

    private FileInspector() {
    }

    public static FileKind inspect(Path file, String name, int rowLimit) {
        byte[] head = head(file);
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (head.length == 0) {
            throw new ImportRefusedException("Tệp \"" + name + "\" rỗng.");
        }
        if (isOle2(head)) {
            throw new ImportRefusedException(ole2Message(file, name));
        }
        if (isZip(head)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                checkZip(zip, name);
                if (zip.getEntry("manifest.json") != null && zip.getEntry("xl/workbook.xml") == null) {
                    return FileKind.ARCHIVE;
                }
                if (zip.getEntry("xl/workbook.xml") == null) {
                    throw new ImportRefusedException("Tệp \"" + name + "\" là tệp nén nhưng không phải bảng tính Excel (.xlsx): không có phần xl/workbook.xml.");
                }
                checkDimensions(zip, rowLimit);
                return FileKind.XLSX;
            } catch (ZipException e) {
                throw new ImportRefusedException("Tệp \"" + name + "\" bị hỏng: không đọc được cấu trúc nén của tệp .xlsx. Hãy mở và lưu lại bằng Excel rồi nhập lại.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (looksLikeText(head)) {
            if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
                throw new ImportRefusedException("Tệp \"" + name + "\" mang đuôi Excel nhưng nội dung là văn bản thuần: nếu là CSV, hãy đổi đuôi thành .csv.");
            }
            checkUtf8(file, name);
            return FileKind.CSV;
        }
        throw new ImportRefusedException("Tệp \"" + name + "\" không phải bảng tính Excel (.xlsx) hay tệp CSV"
                + describe(head) + ". Hãy chọn tệp theo mẫu tải về từ trang Trao đổi dữ liệu.");
    }

    private static String describe(byte[] h) {
        if (h.length >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return " (nội dung là ảnh PNG)";
        }
        if (h.length >= 3 && (h[0] & 0xff) == 0xFF && (h[1] & 0xff) == 0xD8) {
            return " (nội dung là ảnh JPEG)";
        }
        if (h.length >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') {
            return " (nội dung là tệp PDF)";
        }
        return "";
    }

    private static String ole2Message(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return "Tệp \"" + name + "\" là bảng tính Excel đã đặt mật khẩu (mã hoá): hệ thống không mở được. "
                        + "Hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi nhập lại.";
            }
            return "Tệp \"" + name + "\" là bảng tính Excel 97-2003 (.xls) hoặc tài liệu Office cũ: hãy lưu lại dạng Excel (.xlsx) rồi nhập lại.";
        } catch (IOException | RuntimeException e) {
            return "Tệp \"" + name + "\" là tài liệu Office cũ bị hỏng: không đọc được.";
        }
    }

    private static void checkZip(ZipFile zip, String name) {
        long total = 0;
        int count = 0;
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            if (++count > MAX_ENTRIES) {
                throw new ImportRefusedException("Tệp \"" + name + "\" chứa quá nhiều phần (trên " + Formats.number(MAX_ENTRIES) + "): không nhận.");
            }
            long size = e.getSize();
            long csize = e.getCompressedSize();
            if (size < 0 || size > MAX_ENTRY_BYTES) {
                throw new ImportRefusedException("Tệp \"" + name + "\" có phần \"" + e.getName() + "\" khai báo kích thước "
                        + (size < 0 ? "không rõ" : Formats.number(size / (1024 * 1024)) + " MB") + " khi giải nén: vượt giới hạn, không nhận.");
            }
            if (size > 1024 * 1024 && csize > 0 && size / csize > MAX_RATIO) {
                throw new ImportRefusedException("Tệp \"" + name + "\" có phần \"" + e.getName() + "\" nén " + Formats.number(size / csize)
                        + " lần (giới hạn " + MAX_RATIO + " lần): có dấu hiệu \"bom nén\", không nhận.");
            }
            total += size;
            if (total > MAX_TOTAL_BYTES) {
                throw new ImportRefusedException("Tệp \"" + name + "\" khi giải nén vượt " + Formats.number(MAX_TOTAL_BYTES / (1024 * 1024)) + " MB: không nhận.");
            }
        }
    }

    /** Refuses early a sheet that declares more rows than the limit (plus its heading row). */
    private static void checkDimensions(ZipFile zip, int rowLimit) throws IOException {
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            if (!e.getName().startsWith("xl/worksheets/") || !e.getName().endsWith(".xml")) {
                continue;
            }
            try (InputStream in = zip.getInputStream(e)) {
                String start = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
                Matcher m = DIMENSION.matcher(start);
                if (m.find() && m.group(1) != null) {
                    long rows = Long.parseLong(m.group(1));
                    if (rows - 1 > rowLimit) {
                        throw new ImportRefusedException("Bảng tính khai báo " + Formats.number(rows) + " dòng, vượt giới hạn "
                                + Formats.number(rowLimit) + " dòng dữ liệu mỗi lần nhập: hãy chia thành nhiều tệp.");
                    }
                }
            }
        }
    }

    private static void checkUtf8(Path file, String name) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = in.readNBytes(1 << 20);
            int end = buf.length;
            // do not judge a multi-byte character cut at the end of the sample
            while (end > 0 && end > buf.length - 4 && (buf[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (buf[end - 1] & 0xC0) == 0xC0) {
                end--;
            }
            dec.decode(ByteBuffer.wrap(buf, 0, buf.length < (1 << 20) ? buf.length : end));
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException("Tệp CSV \"" + name + "\" không phải mã UTF-8 (có thể là ANSI/Windows-1258 hoặc TCVN3): "
                    + "trong Excel hãy chọn Lưu thành → \"CSV UTF-8 (phân cách bằng dấu phẩy)\".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    static boolean isOle2(byte[] h) {
        return h.length >= 8 && Arrays.equals(Arrays.copyOf(h, 8),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
    }

    /** Text: no NUL and few control characters in the first kilobytes. */
    static boolean looksLikeText(byte[] h) {
        int control = 0;
        for (byte b : h) {
            int c = b & 0xff;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                control++;
            }
        }
        return control * 100 <= h.length;
    }
}
