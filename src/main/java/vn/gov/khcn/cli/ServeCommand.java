package vn.gov.khcn.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Chạy hệ thống web (mặc định http://localhost:8080).")
class ServeCommand implements Callable<Integer> {
    /** Returned when the server keeps running after the command returns. */
    static final int RUNNING = -1;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--port", paramLabel = "N", description = "Cổng HTTP (mặc định 8080).")
    Integer port;

    @Option(names = "--demo", description = "Nạp dữ liệu mẫu trước khi chạy (như lệnh demo).")
    boolean demo;

    @Override
    public Integer call() {
        if (port != null && (port < 1 || port > 65535)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "Cổng phải từ 1 đến 65535.");
        }
        Map<String, Object> p = new LinkedHashMap<>(db.properties());
        if (port != null) {
            p.put("server.port", port);
        }
        p.put("khcn.startup.demo", demo);
        p.put("khcn.startup.serve", true);
        Khcn.start(WebApplicationType.SERVLET, p);
        return RUNNING;
    }
}
