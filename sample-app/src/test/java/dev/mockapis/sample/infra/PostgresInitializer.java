package dev.mockapis.sample.infra;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the test application at the JVM's embedded PostgreSQL ({@link TestPostgres}), database
 * {@value #DATABASE}, with the same Flyway migrations as production. {@code -Dsample.test-database=h2}
 * runs the suite on the in-memory H2 of {@code application-test.properties} instead.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The database the shared test context uses. */
    public static final String DATABASE = "assistant";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (onH2()) {
            return;
        }
        TestPropertyValues.of(
                        "spring.datasource.url=" + TestPostgres.jdbcUrl(DATABASE),
                        "spring.datasource.username=" + TestPostgres.USER,
                        "spring.datasource.password=")
                .applyTo(context);
    }

    /** Whether the suite was asked to run on H2 rather than PostgreSQL. */
    public static boolean onH2() {
        return "h2".equalsIgnoreCase(System.getProperty("sample.test-database", "postgres"));
    }
}
