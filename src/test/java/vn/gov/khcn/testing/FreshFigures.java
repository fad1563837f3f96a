package vn.gov.khcn.testing;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import vn.gov.khcn.reporting.internal.FigureCache;

/**
 * Before every test method of a Spring test, forgets the figures its application has kept. The kept figures follow the
 * generation of the records, which every audited write raises; tests also write rows straight into the tables and
 * keep a register of their own in memory ({@code TestIndicators}), neither of which raises it, so a figure kept by an
 * earlier test of the same cached application would answer for them.
 */
public class FreshFigures implements TestExecutionListener, Ordered {
    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(FigureCache.class).ifAvailable(FigureCache::clear);
        }
    }

    @Override
    public int getOrder() {
        return 2_110;
    }
}
