package vn.gov.khcn.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.khcn.exchange.spi.Column;
import vn.gov.khcn.exchange.spi.RegisterSheet;
import vn.gov.khcn.exchange.spi.RegisterSpec;
import vn.gov.khcn.testing.OnH2;

/**
 * The index of headings the jar holds describes every register's sheet as the application makes it, in order, and
 * recognises every register's file (its headings, an earlier template's, its sheet name) as the sheets themselves do.
 */
@OnH2
class RegisterIndexTest {
    static final Path RESOURCE = Path.of("src/main/resources/vn/gov/khcn/exchange/internal", RegisterIndex.RESOURCE);

    @Autowired
    RegisterSheets sheets;

    @Test
    void theIndexInTheJarIsTheSheetsOfTheApplication() throws IOException {
        String made = RegisterIndex.write(sheets.all());
        if (!made.equals(Files.readString(RESOURCE, StandardCharsets.UTF_8))) {
            // the index to copy over the resource (or run with -Dkhcn.register-index.write=true)
            Path fresh = Path.of("target", RegisterIndex.RESOURCE);
            Files.writeString(Boolean.getBoolean("khcn.register-index.write") ? RESOURCE : fresh, made, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(RESOURCE, StandardCharsets.UTF_8))
                .as("%s: the registers' sheets changed; the index as they are now is in target/%s", RESOURCE, RegisterIndex.RESOURCE)
                .isEqualTo(made);
        assertThat(RegisterIndex.load().entries()).hasSize(sheets.all().size())
                .allSatisfy(e -> assertThat(sheets.all()).anySatisfy(s -> assertThat(e.describes(s)).isTrue()));
    }

    @Test
    void theIndexRecognisesEveryRegistersFileAsTheSheetsDo() {
        List<RegisterSpec> live = sheets.all().stream().map(RegisterSheet::spec).toList();
        List<RegisterSpec> indexed = RegisterIndex.load().entries().stream().map(RegisterIndex.Entry::spec).toList();
        for (RegisterSpec spec : live) {
            List<String> headings = spec.columns().stream().map(Column::heading).toList();
            List<String> required = new ArrayList<>(headings);
            while (!required.isEmpty() && !spec.columns().get(required.size() - 1).required()) {
                required.remove(required.size() - 1);
            }
            for (List<String> file : List.of(headings, required)) {
                int csv = SheetHeadings.recognise(live, FileKind.CSV, List.of(), file);
                assertThat(csv).as(spec.key()).isGreaterThanOrEqualTo(0);
                assertThat(SheetHeadings.recognise(indexed, FileKind.CSV, List.of(), file)).as(spec.key()).isEqualTo(csv);
                assertThat(sheets.recognise(FileKind.CSV, List.of(), file).spec()).isSameAs(live.get(csv));
            }
            List<String> sheetOnly = List.of(spec.sheetName());
            assertThat(SheetHeadings.recognise(indexed, FileKind.XLSX, sheetOnly, List.of("?")))
                    .isEqualTo(SheetHeadings.recognise(live, FileKind.XLSX, sheetOnly, List.of("?")));
        }
        assertThat(sheets.recognise(FileKind.CSV, List.of(), List.of("Không phải cột nào"))).isNull();
    }
}
