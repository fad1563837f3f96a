package vn.gov.khcn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {
    private static int run(StringWriter err, String... args) {
        CommandLine cl = Khcn.commandLine();
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void unknownCommandPrintsUsageAndExitsWith2() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "bogus")).isEqualTo(2);
        assertThat(err.toString()).contains("Usage: khcn");
    }

    @Test
    void badOptionExitsWith2() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "serve", "--port", "abc")).isEqualTo(2);
        assertThat(run(new StringWriter(), "demo", "--nonsense")).isEqualTo(2);
    }

    @Test
    void noCommandPrintsUsageAndExitsWith2() {
        assertThat(run(new StringWriter())).isEqualTo(2);
    }
}
