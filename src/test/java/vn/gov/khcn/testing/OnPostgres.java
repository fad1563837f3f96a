package vn.gov.khcn.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on a real PostgreSQL (started in-process, or KHCN_TEST_PG_URL) with the demo
 * dataset loaded. Every class so annotated shares one application context and one database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = DatabaseInitializers.Postgres.class)
public @interface OnPostgres {
}
