package vn.gov.khcn.testing;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import vn.gov.khcn.shared.Unit;

/**
 * Before every test method of a Spring test, installs the org chart of that test's own application as the one every
 * unit label and access rule reads ({@link Unit#use}). One JVM holds many cached test applications, each with its own
 * database and org chart (the demo's seven units, an empty department's, Bình Lam's with its own units and keepers);
 * the one started or used last would otherwise answer for all of them.
 */
public class TheTestsOrgChart implements TestExecutionListener, Ordered {
    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(Unit.Directory.class).ifUnique(Unit::use);
        }
    }

    @Override
    public int getOrder() {
        // after the dependency injection listener (2000), before the test's own @BeforeEach methods run
        return 2_100;
    }
}
