package vn.gov.khcn.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on a PostgreSQL database of its own with the demo dataset loaded,
 * shared only with the other tests so annotated: for tests that change what the shared demo database's tests rely on
 * (an issued report locks its period, the access matrix writes into every register).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.IsolatedPostgres.class)
public @interface OnPostgresAlone {
}
