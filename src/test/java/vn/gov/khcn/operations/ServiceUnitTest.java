package vn.gov.khcn.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.gov.khcn.cli.Khcn;

/**
 * The systemd unit kept in the repository (src/dist/khcn.service) has what docs/operations.md promises: a system user,
 * the configuration file, the database options from a file (no password in the process list), a restart on failure, a
 * memory ceiling above the Java heap, an open-files limit, a rolling log file, and writable data and log directories
 * only; and the command line reads such a file. The Debian package's sources (src/deb, the Maven profile deb) install
 * that unit, the user, the settings as conffiles and the command on the PATH, and depend on Java, LibreOffice Writer
 * and a Times-metric font.
 */
class ServiceUnitTest {
    static final Path UNIT = Path.of("src/dist/khcn.service");

    static Map<String, List<String>> section(String name) throws Exception {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        String current = null;
        for (String line : Files.readAllLines(UNIT)) {
            String l = line.strip();
            if (l.startsWith("[")) {
                current = l;
            } else if (("[" + name + "]").equals(current) && !l.isEmpty() && !l.startsWith("#")) {
                int eq = l.indexOf('=');
                String value = l.substring(eq + 1);
                if (value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1); // systemd's quoting of a value with spaces
                } else {
                    assertThat(l.startsWith("Environment=") && value.contains(" ")).as("an unquoted environment assignment with spaces: " + l)
                            .isFalse();
                }
                keys.computeIfAbsent(l.substring(0, eq), k -> new ArrayList<>()).add(value);
            }
        }
        return keys;
    }

    private static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size);
        assertThat(m.matches()).as(size).isTrue();
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toUpperCase()) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            case "G" -> n << 30;
            default -> n;
        };
    }

    @Test
    void theUnitRunsTheJarAsASystemUserWithItsConfigurationRestartAndMemoryCeiling() throws Exception {
        var service = section("Service");
        assertThat(service.get("User")).containsExactly("khcn");
        assertThat(service.get("Group")).containsExactly("khcn");
        assertThat(service.get("Restart")).containsExactly("on-failure");
        String exec = service.get("ExecStart").get(0);
        assertThat(exec).startsWith("/usr/bin/java ").contains("-jar /usr/share/khcn/khcn.jar serve").contains("@/etc/khcn/serve.args")
                .doesNotContain("--db-password").doesNotContain("--demo");
        assertThat(service.get("Environment")).contains("SPRING_CONFIG_ADDITIONAL_LOCATION=optional:file:/etc/khcn/khcn.properties");
        assertThat(service.get("ReadWritePaths")).containsExactly(service.get("WorkingDirectory").get(0) + " /var/log/khcn");
        assertThat(service.get("Environment")).contains("LOGGING_FILE_NAME=/var/log/khcn/khcn.log");
        assertThat(Long.parseLong(service.get("LimitNOFILE").get(0))).isGreaterThanOrEqualTo(4096);
        assertThat(service.get("ProtectSystem")).containsExactly("strict");
        assertThat(service.get("NoNewPrivileges")).containsExactly("true");

        // the heap fits under the ceiling with room for LibreOffice's converter and the JVM's own memory
        String javaOptions = service.get("Environment").stream().filter(e -> e.startsWith("JAVA_TOOL_OPTIONS=")).findFirst().orElseThrow();
        Matcher xmx = Pattern.compile("-Xmx(\\S+)").matcher(javaOptions);
        assertThat(xmx.find()).isTrue();
        long heap = bytes(xmx.group(1));
        long ceiling = bytes(service.get("MemoryMax").get(0));
        assertThat(ceiling - heap).as("memory left beside the heap").isGreaterThanOrEqualTo(384L << 20);
        assertThat(javaOptions).contains("-XX:+ExitOnOutOfMemoryError");

        assertThat(section("Install").get("WantedBy")).containsExactly("multi-user.target");
        assertThat(section("Unit").get("After").get(0)).contains("postgresql.service");

        String ops = Files.readString(Path.of("docs/operations.md"));
        assertThat(ops).contains("src/dist/khcn.service", "/etc/khcn/khcn.properties", "/etc/khcn/serve.args", "useradd --system");
    }

    /** systemd's own reading of the unit (where systemd-analyze is installed, as on the CI machine): no line ignored. */
    @Test
    void systemdReadsEveryLineOfTheUnit() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed here");
        Process p = new ProcessBuilder(analyze.toString(), "verify", UNIT.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        // a missing /usr/bin/java or user on a build machine is not the unit's fault; an ignored or invalid line is
        List<String> complaints = out.lines().filter(l -> l.contains(UNIT.getFileName().toString() + ":")).toList();
        assertThat(complaints).as("systemd-analyze verify " + UNIT).isEmpty();
    }

    @Test
    void theDebianPackageInstallsTheUnitTheUserTheSettingsAndTheCommand() throws Exception {
        String control = Files.readString(Path.of("src/deb/control/control"));
        Matcher depends = Pattern.compile("(?m)^Depends: (.*)$").matcher(control);
        assertThat(depends.find()).isTrue();
        List<String> needs = List.of(depends.group(1).split(",\\s*"));
        assertThat(needs).anyMatch(d -> d.startsWith("openjdk-17-jre-headless"))
                .anyMatch(d -> d.startsWith("libreoffice-writer-nogui"))
                .anyMatch(d -> d.contains("fonts-liberation")); // Liberation Serif: Times New Roman's metrics
        assertThat(control).contains("Version: [[deb.version]]", "Architecture: all");

        String postinst = Files.readString(Path.of("src/deb/control/postinst"));
        assertThat(postinst).contains("useradd --system", "--home-dir /var/lib/khcn", "--shell /usr/sbin/nologin", "khcn")
                .contains("install -d -o khcn -g khcn -m 0750 /var/lib/khcn /var/log/khcn")
                .contains("chown root:khcn /etc/khcn /etc/khcn/khcn.properties /etc/khcn/serve.args", "chmod 0640")
                .contains("[ -d /run/systemd/system ]", "systemctl enable khcn.service");

        // the profile maps each file where the unit and the docs say it is
        String pom = Files.readString(Path.of("pom.xml"));
        String profile = pom.substring(pom.indexOf("<id>deb</id>"));
        assertThat(profile).contains("<artifactId>jdeb</artifactId>", "<controlDir>${project.basedir}/src/deb/control</controlDir>")
                .contains("<prefix>/usr/share/khcn</prefix>", "<prefix>/usr/bin</prefix>", "<prefix>/lib/systemd/system</prefix>")
                .contains("<src>${project.basedir}/src/deb/etc</src>", "<conffile>true</conffile>", "<prefix>/etc/khcn</prefix>");
        assertThat(pom.indexOf("<artifactId>jdeb</artifactId>")).as("jdeb only in the profile").isGreaterThan(pom.indexOf("<profiles>"));
        assertThat(Files.readString(Path.of("src/deb/bin/khcn"))).contains("-jar /usr/share/khcn/khcn.jar \"$@\"");

        // the packaged settings: behind nginx on the same machine; the packaged database options: none (embedded H2)
        java.util.Properties settings = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/deb/etc/khcn.properties"))) {
            settings.load(in);
        }
        assertThat(settings).containsEntry("khcn.trusted-proxies", "127.0.0.1").containsEntry("server.servlet.session.cookie.secure", "true")
                .containsEntry("server.address", "127.0.0.1").containsEntry("khcn.data-dir", "/var/lib/khcn/data");
        CommandLine.ParseResult parsed = Khcn.commandLine().parseArgs("serve", "@src/deb/etc/serve.args");
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("serve");
        assertThat(parsed.subcommand().hasMatchedOption("--db")).isFalse();
    }

    @Test
    void theCommandLineTakesTheDatabaseOptionsFromTheArgumentsFile(@TempDir Path dir) throws Exception {
        Path args = dir.resolve("serve.args");
        Files.writeString(args, "--db jdbc:postgresql://localhost:5432/khcn\n--db-user khcn\n--db-password 'mật khẩu bí mật'\n");
        CommandLine.ParseResult parsed = Khcn.commandLine().parseArgs("serve", "@" + args);
        CommandLine.ParseResult serve = parsed.subcommand();
        assertThat(serve.commandSpec().name()).isEqualTo("serve");
        assertThat(serve.matchedOptionValue("--db", "")).isEqualTo("jdbc:postgresql://localhost:5432/khcn");
        assertThat(serve.matchedOptionValue("--db-user", "")).isEqualTo("khcn");
        assertThat(serve.matchedOptionValue("--db-password", "")).isEqualTo("mật khẩu bí mật");
    }
}
