package vn.gov.khcn;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each business area is a module; an area may use another only through its root package (its API). */
class ModularityTest {
    @Test
    void areasReachEachOtherOnlyThroughTheirPublicApi() {
        ApplicationModules.of(KhcnApplication.class).verify();
    }
}
