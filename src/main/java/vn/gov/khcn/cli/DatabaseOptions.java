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

    /** The Spring properties these options stand for. */
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        Path dir = (data == null ? Path.of("data") : data).toAbsolutePath().normalize();
        p.put("khcn.data-dir", dir.toString());
        if (db != null) {
            if (data != null) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "Chỉ dùng một trong hai: --data hoặc --db.");
            }
            p.put("spring.datasource.url", db);
            p.put("spring.datasource.username", dbUser == null ? "" : dbUser);
            p.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
        }
        // without --db, application.properties points the embedded H2 database at khcn.data-dir
        return p;
    }
}
