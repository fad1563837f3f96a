package vn.gov.khcn.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.gov.khcn.KhcnApplication;
import vn.gov.khcn.identity.CurrentUser;

/**
 * The one entry point: {@code khcn serve|demo|report|import|export}. Only {@code serve} starts the web
 * server; the other commands run on the same application without it and exit.
 */
@Command(name = "khcn", mixinStandardHelpOptions = true, version = "KHCN 0.1.0",
        description = "Hệ thống quản lý hồ sơ và báo cáo của Sở Khoa học và Công nghệ.",
        subcommands = {ServeCommand.class, DemoCommand.class})
public class Khcn implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        int code = cl.execute(args);
        if (code != ServeCommand.RUNNING) {
            System.exit(code);
        }
    }

    /**
     * The command line acts as "system" (an administrator, so recorded in the audit trail) for every command, and
     * only there: elsewhere no identity means no access.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Khcn());
        ExtraCommands.addTo(cl);
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        cl.setExecutionStrategy(parsed -> CurrentUser.runAsSystem(() -> run.execute(parsed)));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EmbeddedDatabase.UnavailableException u) {
                    cmd.getErr().println(u.getMessage());
                    cmd.getErr().flush();
                    return 1;
                }
            }
            throw e;
        });
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return 2;
    }

    /** Set by {@link DatabaseOptions} when it opened the database already and found its schema current (or not). */
    static final String SCHEMA_CURRENT = "khcn.cli.schema-current";

    /**
     * The auto-configurations a command-line run keeps (names or package prefixes): the database, transactions,
     * validation, JSON and the schema. Every other one (web server, MVC, security, sessions, Thymeleaf, actuator,
     * metrics, OpenAPI, scheduling, JMX…) is left out of the context (decision 0023).
     */
    static final List<String> COMMAND_LINE_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.autoconfigure.context.",
            "org.springframework.boot.autoconfigure.aop.",
            "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration",
            "org.springframework.boot.persistence.autoconfigure.",
            "org.springframework.boot.validation.autoconfigure.",
            "org.springframework.boot.jackson.autoconfigure.",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");

    /**
     * Starts the application for a command-line run (report, settings, import, export, demo, profile): no web server
     * and no web stack, beans made when first asked for ({@code spring.main.lazy-initialization}), and no Flyway
     * when the schema is current. When it is behind (a new or older database), the context is made whole and
     * Flyway migrates as at every server start (decision 0023). {@code KHCN_CLI_FULL_CONTEXT=true} (or
     * {@code -Dkhcn.cli.full-context=true}) starts the whole context as before, for comparison.
     */
    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> p = new LinkedHashMap<>(properties);
        Object known = p.remove(SCHEMA_CURRENT);
        if (fullContext()) {
            return start(WebApplicationType.NONE, p);
        }
        boolean current = known != null ? Boolean.parseBoolean(known.toString()) : schemaCurrent(p);
        p.put("spring.autoconfigure.exclude", String.join(",", leftOut()));
        if (current) {
            p.put("spring.main.lazy-initialization", true);
            p.put("spring.flyway.enabled", false);
        }
        return start(WebApplicationType.NONE, p);
    }

    private static boolean fullContext() {
        return Boolean.getBoolean("khcn.cli.full-context") || "true".equalsIgnoreCase(System.getenv("KHCN_CLI_FULL_CONTEXT"));
    }

    /** The auto-configurations on the class path that a command-line run leaves out. */
    static List<String> leftOut() {
        List<String> out = new ArrayList<>();
        for (String c : ImportCandidates.load(AutoConfiguration.class, Khcn.class.getClassLoader())) {
            if (COMMAND_LINE_AUTO_CONFIGURATIONS.stream().noneMatch(keep -> keep.endsWith(".") ? c.startsWith(keep) : c.equals(keep))) {
                out.add(c);
            }
        }
        return out;
    }

    /** The schema of the database {@code --db} names, read on a connection of its own (PostgreSQL: some milliseconds). */
    private static boolean schemaCurrent(Map<String, Object> p) {
        Object url = p.get("spring.datasource.url");
        if (url == null) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(url.toString(), String.valueOf(p.getOrDefault("spring.datasource.username", "")),
                String.valueOf(p.getOrDefault("spring.datasource.password", "")))) {
            return SchemaState.current(c);
        } catch (SQLException e) {
            return false; // Spring and Flyway will say what is wrong, as before
        }
    }

    /** Our options win over application.properties: they are handed to Spring as its own command-line arguments. */
    static ConfigurableApplicationContext start(WebApplicationType type, Map<String, Object> properties) {
        String[] args = properties.entrySet().stream().filter(e -> !e.getKey().equals(SCHEMA_CURRENT))
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(KhcnApplication.class)
                .web(type)
                .logStartupInfo(false)
                .run(args);
    }
}
