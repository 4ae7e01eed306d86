package jp.mypage.approval;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;
import org.flywaydb.core.Flyway;

/**
 * A database migrated by the real migrations ({@code jp/mypage/migration}): a fresh in-memory H2 per
 * call, or the database a JDBC URL names. Accounts are written by plain JDBC.
 */
final class TestDatabase {

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A new, empty in-memory H2 database at the latest schema version. */
    static TestDatabase h2() {
        return migrated("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /** A new, empty in-memory H2 database at the latest schema version. */
    private static TestDatabase migrated(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:jp/mypage/migration").load().migrate();
        return new TestDatabase(url, user, password);
    }

    /**
     * A schema of its own in the database at this URL (for the PostgreSQL measurement), created and
     * migrated; nothing outside it is touched. Drop it with {@link #dropSchema}.
     */
    static TestDatabase inSchema(String url, String user, String password, String schema) {
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Flyway flyway = Flyway.configure()
                .dataSource(schemaUrl, user, password)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:jp/mypage/migration")
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        return new TestDatabase(schemaUrl, user, password);
    }

    void dropSchema(String schema) throws SQLException {
        try (Connection c = connect()) {
            c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** An account row as the columns the application list reads. */
    record Row(long id, AccountType type, AccountStatus status, String email, String personName, String personKana,
            String organization, String organizationKana, Instant createdAt) {
    }

    void insert(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO account (id, version, account_type, email,"
                + " password_hash, status, person_name, person_name_kana, organization_name, organization_name_kana,"
                + " phone, locale, created_at, email_confirmed_at, failed_logins) VALUES"
                + " (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, '0312345678', 'ja', ?, ?, 0)")) {
            int batch = 0;
            for (Row row : rows) {
                insert.setLong(1, row.id());
                insert.setString(2, row.type().name());
                insert.setString(3, row.email());
                insert.setString(4, row.status() == AccountStatus.INVITED ? null : "hash");
                insert.setString(5, row.status().name());
                insert.setString(6, row.personName());
                insert.setString(7, row.personKana());
                insert.setString(8, row.organization());
                insert.setString(9, row.organizationKana());
                insert.setTimestamp(10, Timestamp.from(row.createdAt()));
                boolean confirmed = row.status() != AccountStatus.PENDING_VERIFICATION
                        && row.status() != AccountStatus.INVITED;
                insert.setTimestamp(11, confirmed ? Timestamp.from(row.createdAt().plusSeconds(600)) : null);
                insert.addBatch();
                if (++batch % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Runs a statement and returns its rows, as JPA's native queries would. */
    static List<Object[]> query(Connection c, ApplicationSql.Statement statement) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                ps.setObject(i + 1, statement.parameters().get(i));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
