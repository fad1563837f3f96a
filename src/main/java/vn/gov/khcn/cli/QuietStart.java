package vn.gov.khcn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.khcn.shared.DomainException;

/**
 * A command that starts the application and prints a result: while it runs, {@code System.out} goes to stderr so
 * the start-up logs stay off stdout, and the command writes its result to the real stdout it is given.
 */
final class QuietStart {
    /** What the command does in the started application; {@code stdout} is the real standard output. */
    @FunctionalInterface
    interface Work {
        int run(ConfigurableApplicationContext ctx, PrintStream stdout) throws IOException;
    }

    private QuietStart() {
    }

    static int run(DatabaseOptions db, Work work) throws IOException {
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        try (var ctx = Khcn.start(db.properties())) {
            return work.run(ctx, stdout);
        } finally {
            System.setOut(stdout);
        }
    }

    /** The same, a broken rule printed on {@code err} (its Vietnamese message) and exit code 1. */
    static int runOrRefuse(DatabaseOptions db, PrintStream err, Work work) throws IOException {
        try {
            return run(db, work);
        } catch (DomainException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** {@code stdout} as UTF-8 text, flushed at each line. */
    static PrintStream utf8(PrintStream stdout) {
        return new PrintStream(stdout, true, StandardCharsets.UTF_8);
    }
}
