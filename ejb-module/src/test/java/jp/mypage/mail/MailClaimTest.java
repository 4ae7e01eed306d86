package jp.mypage.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim of an outbox row ({@link MailDelivery#CLAIM}) on H2 2.2 migrated by the real migrations,
 * as two nodes would run it: a row another transaction holds is skipped at once, a free one is taken,
 * and a row is free again when its holder commits.
 */
class MailClaimTest {

    private String url;

    @BeforeEach
    void arrange() throws SQLException {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:jp/mypage/migration").load().migrate();
        try (Connection c = connect()) {
            for (long id = 1; id <= 3; id++) {
                c.createStatement().execute("INSERT INTO outbox_mail (id, recipient, subject, body, status, attempts,"
                        + " created_at, next_attempt_at, bulk) VALUES (" + id + ", 'a" + id + "@example.jp', 's', 'b',"
                        + " 'PENDING', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE)");
            }
        }
    }

    @Test
    void aNodeSkipsTheMailAnotherNodeIsDeliveringWithoutWaiting() throws SQLException {
        try (Connection first = connect(); Connection second = connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertTrue(claim(first, 1), "the first node claims mail 1");

            long started = System.nanoTime();
            assertTrue(!claim(second, 1), "the second node skips mail 1 while the first holds it");
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofMillis(500)) < 0,
                    "skipping does not wait for the lock");
            assertTrue(claim(second, 2), "the second node takes the next mail meanwhile");

            first.createStatement().execute("UPDATE outbox_mail SET status = 'SENT' WHERE id = 1");
            first.commit();
            assertTrue(claim(second, 1), "once the first node committed, the row is free (and reads as SENT)");
            try (ResultSet status = second.createStatement().executeQuery("SELECT status FROM outbox_mail WHERE id = 1")) {
                status.next();
                assertEquals("SENT", status.getString(1), "the second node sees the first node's delivery");
            }
        }
    }

    private static boolean claim(Connection c, long id) throws SQLException {
        try (PreparedStatement claim = c.prepareStatement(MailDelivery.CLAIM.replace("?1", "?"))) {
            claim.setLong(1, id);
            try (ResultSet row = claim.executeQuery()) {
                return row.next();
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }
}
