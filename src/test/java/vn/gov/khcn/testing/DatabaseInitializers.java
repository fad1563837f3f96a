package vn.gov.khcn.testing;

import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Point the application at a test database, made once per test run and database kind. */
public final class DatabaseInitializers {
    private DatabaseInitializers() {
    }

    /** The demo dataset and accounts are there before the first test runs (idempotent across contexts). */
    static void loadDemoDataOnStart(ConfigurableApplicationContext ctx) {
        ctx.addApplicationListener((org.springframework.context.event.ContextRefreshedEvent e) ->
                e.getApplicationContext().getBean(vn.gov.khcn.demo.DemoLoader.class).load());
    }

    /** A H2 file database of its own. */
    static void ownH2(ConfigurableApplicationContext ctx) {
        Path data = TestDatabases.newDataDir();
        TestPropertyValues.of(
                "khcn.data-dir=" + data,
                "spring.datasource.url=" + TestDatabases.h2Url(data),
                "spring.datasource.username=sa",
                "spring.datasource.password=").applyTo(ctx);
    }

    /** A PostgreSQL database of its own. */
    static void ownPostgres(ConfigurableApplicationContext ctx) {
        TestPropertyValues.of(
                "khcn.data-dir=" + TestDatabases.newDataDir(),
                "spring.datasource.url=" + TestDatabases.newPostgresDatabase(),
                "spring.datasource.username=" + TestDatabases.pgUser(),
                "spring.datasource.password=" + TestDatabases.pgPassword()).applyTo(ctx);
    }

    public static final class H2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        private static final Path DATA = TestDatabases.newDataDir();

        @Override
        public void initialize(ConfigurableApplicationContext ctx) {
            TestPropertyValues.of(
                    "khcn.data-dir=" + DATA,
                    "spring.datasource.url=" + TestDatabases.h2Url(DATA),
                    "spring.datasource.username=sa",
                    "spring.datasource.password=").applyTo(ctx);
            loadDemoDataOnStart(ctx);
        }
    }

    /** A database of its own, for tests that change demo records other tests rely on (access matrix, bad input). */
    public static final class IsolatedH2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext ctx) {
            ownH2(ctx);
            loadDemoDataOnStart(ctx);
        }
    }

    /** A PostgreSQL database of its own with the demo data, for tests that change demo records other tests rely on. */
    public static final class IsolatedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext ctx) {
            ownPostgres(ctx);
            loadDemoDataOnStart(ctx);
        }
    }

    /** A PostgreSQL database of its own with the schema only (no demo data): first loads into empty registers. */
    public static final class EmptyPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext ctx) {
            ownPostgres(ctx);
        }
    }

    /** A H2 database of its own as a department's first start leaves it: migrations only, no demo, no account. */
    public static final class FirstStartH2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext ctx) {
            ownH2(ctx);
        }
    }

    /** A PostgreSQL database of its own as a department's first start leaves it: migrations only, no demo, no account. */
    public static final class FirstStartPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext ctx) {
            ownPostgres(ctx);
        }
    }

    public static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        private static final Path DATA = TestDatabases.newDataDir();
        private static String url;

        @Override
        public void initialize(ConfigurableApplicationContext ctx) {
            synchronized (Postgres.class) {
                if (url == null) {
                    url = TestDatabases.newPostgresDatabase();
                }
            }
            TestPropertyValues.of(
                    "khcn.data-dir=" + DATA,
                    "spring.datasource.url=" + url,
                    "spring.datasource.username=" + TestDatabases.pgUser(),
                    "spring.datasource.password=" + TestDatabases.pgPassword()).applyTo(ctx);
            loadDemoDataOnStart(ctx);
        }
    }
}
