package org.quanze;

import org.quanze.platform.EmbeddedDatabase;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database superuser for tests that play a DBA (switching triggers off, rewriting the trail): never the
 * application's own connection. On the embedded server it is {@code postgres}; on an external one it is
 * {@code QUANZE_DB_ADMIN_URL}, {@code QUANZE_DB_ADMIN_USER}, {@code QUANZE_DB_ADMIN_PASSWORD} (each falling back to the
 * application's {@code QUANZE_DB_*}). One session for all statements, so {@code SET session_replication_role} holds
 * for the statements after it; close it when done.
 */
public final class DatabaseAdmin implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;

    private DatabaseAdmin(String url, String user, String password) {
        this.dataSource = new SingleConnectionDataSource(url, user, password, true);
    }

    public static DatabaseAdmin connect(ApplicationContext context) {
        EmbeddedDatabase embedded = context.getBeanProvider(EmbeddedDatabase.class).getIfAvailable();
        if (embedded != null) return new DatabaseAdmin(embedded.jdbcUrl("postgres"), EmbeddedDatabase.SUPERUSER, "");
        return new DatabaseAdmin(env("QUANZE_DB_ADMIN_URL", "QUANZE_DB_URL"), env("QUANZE_DB_ADMIN_USER", "QUANZE_DB_USER"),
                env("QUANZE_DB_ADMIN_PASSWORD", "QUANZE_DB_PASSWORD"));
    }

    /**
     * Runs {@code sql} with the triggers switched off for this session ({@code session_replication_role = replica}),
     * as a DBA could and the application's own role cannot — e.g. to set up a state no operation of the platform
     * produces any more.
     */
    public static void privileged(ApplicationContext context, String sql) {
        try (DatabaseAdmin admin = connect(context)) {
            admin.jdbc().sql("SET session_replication_role = replica").update();
            admin.jdbc().sql(sql).update();
        }
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value != null && !value.isBlank() ? value : System.getenv(fallback);
    }
}
