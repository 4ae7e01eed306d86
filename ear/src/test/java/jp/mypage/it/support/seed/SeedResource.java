package jp.mypage.it.support.seed;

import jakarta.annotation.Resource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Test-only: bulk rows for the scale tests, written with JDBC batches into the portal's own
 * database (H2 or PostgreSQL). Ids start above every existing id, far beyond what the sequences
 * will hand out during a test run.
 *
 * <p>{@code POST /test-support/api/seed/linked-learners?corporate=<email>&count=N} creates N active
 * learners linked to the corporate account. {@code POST …/seed/applications?count=N} creates N
 * accounts of both types in every status, most of them waiting for approval.
 */
@Path("seed")
public class SeedResource {

    private static final int BATCH = 1_000;

    @Resource(lookup = "java:app/jdbc/mypage")
    private DataSource dataSource;

    @POST
    @Path("linked-learners")
    public String linkedLearners(@QueryParam("corporate") String corporateEmail, @QueryParam("count") int count)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long corporateId = corporateId(connection, corporateEmail);
            long base = nextFreeId(connection);
            Instant now = Instant.now();
            try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (id, version, account_type,"
                    + " email, password_hash, status, person_name, person_name_kana, phone, locale, created_at,"
                    + " email_confirmed_at, failed_logins) VALUES (?, 1, 'PERSONAL', ?, 'seeded-no-login', 'ACTIVE', ?, ?,"
                    + " '0312345678', 'ja', ?, ?, 0)");
                    PreparedStatement link = connection.prepareStatement("INSERT INTO corporate_link (id, learner_id,"
                            + " corporate_id, status, requested_at, linked_at) VALUES (?, ?, ?, 'ACTIVE', ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = base + i;
                    Timestamp at = Timestamp.from(now.minusSeconds(count - i));
                    account.setLong(1, id);
                    account.setString(2, "seed-" + id + "@example.test");
                    account.setString(3, "受講者 " + i);
                    account.setString(4, "ジュコウシャ " + String.format(Locale.ROOT, "%05d", i));
                    account.setTimestamp(5, at);
                    account.setTimestamp(6, at);
                    account.addBatch();
                    link.setLong(1, id);
                    link.setLong(2, id);
                    link.setLong(3, corporateId);
                    link.setTimestamp(4, at);
                    link.setTimestamp(5, at);
                    link.addBatch();
                    if ((i + 1) % BATCH == 0 || i == count - 1) {
                        account.executeBatch();
                        link.executeBatch();
                    }
                }
            }
            connection.commit();
            return String.valueOf(count);
        }
    }

    @POST
    @Path("applications")
    public String applications(@QueryParam("count") int count) throws SQLException {
        String[] statuses = {"PENDING_APPROVAL", "PENDING_APPROVAL", "PENDING_APPROVAL", "ACTIVE", "REJECTED",
            "PENDING_VERIFICATION"};
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long base = nextFreeId(connection);
            Instant now = Instant.now();
            try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (id, version, account_type,"
                    + " email, password_hash, status, person_name, person_name_kana, organization_name, phone, locale,"
                    + " created_at, email_confirmed_at, failed_logins) VALUES (?, 1, ?, ?, 'seeded-no-login', ?, ?, ?, ?,"
                    + " '0312345678', 'ja', ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    long id = base + i;
                    boolean corporate = i % 4 == 0;
                    String status = statuses[i % statuses.length];
                    Timestamp at = Timestamp.from(now.minusSeconds(60L * (count - i)));
                    account.setLong(1, id);
                    account.setString(2, corporate ? "CORPORATE" : "PERSONAL");
                    account.setString(3, "applicant-" + id + "@example.test");
                    account.setString(4, status);
                    account.setString(5, "申請者 " + i);
                    account.setString(6, "シンセイシャ");
                    account.setString(7, corporate ? "株式会社申請 " + i : null);
                    account.setTimestamp(8, at);
                    account.setTimestamp(9, "PENDING_VERIFICATION".equals(status) ? null : at);
                    account.addBatch();
                    if ((i + 1) % BATCH == 0 || i == count - 1) {
                        account.executeBatch();
                    }
                }
            }
            connection.commit();
            return String.valueOf(count);
        }
    }

    private static long corporateId(Connection connection, String email) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT id FROM account WHERE account_type = 'CORPORATE' AND email = ?")) {
            find.setString(1, email == null ? "" : email.toLowerCase(Locale.ROOT));
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw new WebApplicationException("No corporate account " + email, 404);
                }
                return row.getLong(1);
            }
        }
    }

    private static long nextFreeId(Connection connection) throws SQLException {
        try (PreparedStatement max = connection.prepareStatement(
                "SELECT COALESCE(MAX(id), 0) FROM account");
                ResultSet row = max.executeQuery()) {
            row.next();
            return Math.max(row.getLong(1), 1_000_000_000L) + 1;
        }
    }
}
