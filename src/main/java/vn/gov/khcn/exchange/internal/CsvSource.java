package vn.gov.khcn.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import vn.gov.khcn.exchange.ImportRefusedException;

/**
 * A small RFC 4180 reader: UTF-8 with or without BOM, fields quoted with '"' (doubled inside), the
 * separator guessed from the heading line (comma, semicolon as Excel writes in some locales, or tab).
 * A record's number is its position (heading = 1), which is the row Excel shows when it opens the file.
 */
final class CsvSource implements SheetSource {
    private static final int MAX_FIELD = 100_000;
    private final Reader in;
    private final String name;
    private final char sep;
    private int recordNo;
    private RawRow next;
    private boolean done;

    CsvSource(Path file, String name) {
        this.name = name;
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
            r.mark(8192);
            int c = r.read();
            if (c != '\uFEFF') {
                r.reset();
            }
            r.mark(65536);
            char[] buf = new char[65536];
            int n = r.read(buf);
            r.reset();
            this.sep = guessSeparator(n <= 0 ? "" : new String(buf, 0, n));
            this.in = r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static char guessSeparator(String sample) {
        int nl = sample.indexOf('\n');
        String line = nl < 0 ? sample : sample.substring(0, nl);
        long commas = line.chars().filter(ch -> ch == ',').count();
        long semis = line.chars().filter(ch -> ch == ';').count();
        long tabs = line.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    @Override
    public String sheetName() {
        return name;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(name);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = read();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawRow r = next;
        next = null;
        return r;
    }

    private RawRow read() {
        try {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            recordNo++;
            List<Object> cells = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c < 0) {
                    if (quoted) {
                        throw new ImportRefusedException("Tệp CSV \"" + name + "\", dòng " + recordNo + ": có dấu ngoặc kép mở mà không đóng.");
                    }
                    cells.add(field(f, wasQuoted));
                    return new RawRow(recordNo, cells);
                }
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            f.append('"');
                        } else {
                            quoted = false;
                            if (d >= 0) {
                                in.reset();
                            }
                        }
                    } else {
                        f.append(ch);
                    }
                } else if (ch == '"' && f.isEmpty()) {
                    quoted = true;
                    wasQuoted = true;
                } else if (ch == sep) {
                    cells.add(field(f, wasQuoted));
                    f.setLength(0);
                    wasQuoted = false;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        in.mark(1);
                        if (in.read() != '\n') {
                            in.reset();
                        }
                    }
                    cells.add(field(f, wasQuoted));
                    return new RawRow(recordNo, cells);
                } else {
                    f.append(ch);
                }
                if (f.length() > MAX_FIELD) {
                    throw new ImportRefusedException("Tệp CSV \"" + name + "\", dòng " + recordNo + ": một ô dài quá 100.000 ký tự.");
                }
                c = in.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object field(StringBuilder f, boolean quoted) {
        if (f.isEmpty()) {
            return null;
        }
        String s = f.toString();
        // a leading '=' is a formula to a spreadsheet: refused like formulas in workbooks (CSV injection)
        if (!quoted && s.startsWith("=") && s.length() > 1) {
            return new RawRow.Formula(s.substring(1));
        }
        // a text our CSV export protected from spreadsheets ("'=…", "'-…"): the text itself
        return vn.gov.khcn.shared.TableWriter.unescapeFormula(s);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
