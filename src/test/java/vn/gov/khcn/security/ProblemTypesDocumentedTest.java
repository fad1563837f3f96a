package vn.gov.khcn.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.khcn.shared.web.ProblemType;

/** docs/api-errors.md lists every kind of API error with its status and title, and no kind the code does not have. */
class ProblemTypesDocumentedTest {
    @Test
    void theTableListsEveryKindWithItsStatusAndTitle() throws Exception {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (\\d{3}) \\| ([^|]+) \\|").matcher(Files.readString(Path.of("docs/api-errors.md")));
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2) + " " + m.group(3).strip());
        }
        List<String> kinds = new ArrayList<>();
        for (ProblemType t : ProblemType.values()) {
            assertThat(t.uri().toString()).isEqualTo(ProblemType.PREFIX + t.shortName());
            kinds.add(t.shortName() + " " + t.status().value() + " " + t.title());
        }
        assertThat(rows).containsExactlyElementsOf(kinds);
    }
}
