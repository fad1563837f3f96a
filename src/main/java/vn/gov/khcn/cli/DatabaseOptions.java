package vn.gov.khcn.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the data lives: an embedded H2 database under --data, or a PostgreSQL database given by --db. */
public class DatabaseOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Thư mục dữ liệu (mặc định ./data): CSDL nhúng và tệp đính kèm.")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "CSDL PostgreSQL, ví dụ jdbc:postgresql://localhost:5432/khcn")
    String db;

    @Option(names = "--db-user", paramLabel = "U")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "P")
    String dbPassword;

    @Option(names = "--h2-server", description = {"Cho phép máy chủ và các lệnh khác dùng chung CSDL nhúng (H2 AUTO_SERVER: mở một cổng TCP, "
            + "có mật khẩu). Cần cho cả \"serve\" và lệnh chạy kèm. Mặc định: tắt (hoặc KHCN_H2_SERVER=true)."})
    boolean h2Server;

    /**
     * After a command that wrote much (an import), the embedded database's file rewritten without its dead space when
     * most of it is dead ({@link EmbeddedDatabase#compactIfSparse}); what was done, for the command to print.
     */
    java.util.Optional<String> compactEmbedded() {
        if (db != null) {
            return java.util.Optional.empty();
        }
        Path dir = (data == null ? Path.of("data") : data).toAbsolutePath().normalize();
        try {
            String password = EmbeddedDatabase.password(dir.resolve(EmbeddedDatabase.PASSWORD_FILE));
            return EmbeddedDatabase.compactIfSparse(dir, password).map(EmbeddedDatabase.Compaction::toString);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Spring properties these options stand for. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        Path dir = (data == null ? Path.of("data") : data).toAbsolutePath().normalize();
        p.put("khcn.data-dir", dir.toString());
        if (db != null) {
            if (data != null) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "Chỉ dùng một trong hai: --data hoặc --db.");
            }
            if (h2Server) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--h2-server chỉ dùng với CSDL nhúng (--data), không với --db.");
            }
            p.put("spring.datasource.url", db);
            p.put("spring.datasource.username", dbUser == null ? "" : dbUser);
            p.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
        } else {
            // the embedded H2 database under khcn.data-dir, with its own password and no TCP port unless asked for
            boolean server = h2Server || "true".equalsIgnoreCase(System.getenv("KHCN_H2_SERVER"));
            EmbeddedDatabase.Access access = EmbeddedDatabase.prepare(dir, server);
            p.put("khcn.h2.server", server);
            p.put("spring.datasource.url", access.url());
            p.put("spring.datasource.username", EmbeddedDatabase.USER);
            p.put("spring.datasource.password", access.password());
            p.put(Khcn.SCHEMA_CURRENT, access.schemaCurrent());
        }
        return p;
    }
}
