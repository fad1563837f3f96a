package vn.gov.khcn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each business area is a module that uses only the modules its {@code package-info} allows, and those only through
 * their root package or a named interface ({@code exchange::spi}); the module diagram is drawn from the same model.
 */
class ModularityTest {
    static final ApplicationModules MODULES = ApplicationModules.of(KhcnApplication.class);

    @Test
    void areasReachEachOtherOnlyThroughWhatTheyAreAllowed() {
        MODULES.verify();
    }

    @Test
    void theEnginesKnowNoRegister() {
        for (String engine : new String[] {"exchange", "reporting", "records"}) {
            var module = MODULES.getModuleByName(engine).orElseThrow();
            assertThat(module.getDirectDependencies(MODULES).stream().map(d -> d.getTargetModule().getIdentifier().toString()))
                    .as(engine).doesNotContain("tasks", "metrology", "radiation", "quality", "inspection", "technology", "centre",
                            "outreach", "investment", "drafting", "programme");
        }
    }

    @Test
    void theModuleDiagramIsWritten() throws Exception {
        Path out = Path.of("target", "spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString())).writeModulesAsPlantUml();
        assertThat(Files.readString(out.resolve("components.puml"))).contains("\"Exchange\"").contains("\"Reporting\"").contains("Rel(");
    }
}
