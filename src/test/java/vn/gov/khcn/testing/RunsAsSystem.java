package vn.gov.khcn.testing;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import vn.gov.khcn.identity.CurrentUser;

/**
 * {@code @ExtendWith(RunsAsSystem.class)}: each test method acts as "system", as the command line does — for tests
 * that drive the façades directly on a database without the demo accounts. Nothing acts as anyone by default.
 */
public final class RunsAsSystem implements InvocationInterceptor {
    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call, ExtensionContext context)
            throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CurrentUser.runAsSystem(() -> {
            try {
                invocation.proceed();
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
