package vn.gov.khcn.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code JdbcClient.query(SomeRecord.class)} maps each row with Spring's {@code SimplePropertyRowMapper}, which
 * finds camelCase columns by catching an exception per column per row; the code maps records with {@link Rows}.
 */
class RowMappingByIndexTest {
    private static final Pattern RECORD_BY_CLASS = Pattern.compile(
            "\\.query\\((?!(?:Long|String|Integer|Boolean|LocalDate|BigDecimal|Double|Short|OffsetDateTime|byte\\[\\])\\.class)([A-Z]\\w*)\\.class\\)");

    private static final Pattern CLASS_VARIABLE = Pattern.compile("Class<[\\w?]+> (\\w+)");

    @Test
    void noQueryMapsARecordByItsClass() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = RECORD_BY_CLASS.matcher(source);
                while (m.find()) {
                    found.add(f + ": " + m.group());
                }
                Matcher classVariable = CLASS_VARIABLE.matcher(source);
                while (classVariable.find()) {
                    if (source.contains(".query(" + classVariable.group(1) + ")")) {
                        found.add(f + ": .query(" + classVariable.group(1) + ")");
                    }
                }
            }
        }
        assertThat(found).as("use .query(Rows.of(X.class))").isEmpty();
    }
}
