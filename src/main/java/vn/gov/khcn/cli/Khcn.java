package vn.gov.khcn.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
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

    /** Starts the application without a web server for a command-line run. */
    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return start(WebApplicationType.NONE, properties);
    }

    /** Our options win over application.properties: they are handed to Spring as its own command-line arguments. */
    static ConfigurableApplicationContext start(WebApplicationType type, Map<String, Object> properties) {
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(KhcnApplication.class)
                .web(type)
                .logStartupInfo(false)
                .run(args);
    }
}
