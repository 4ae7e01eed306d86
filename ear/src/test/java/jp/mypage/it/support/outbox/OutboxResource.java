package jp.mypage.it.support.outbox;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Test-only: what the outbox keeps at rest. {@code GET /test-support/api/outbox?recipient=<email>}
 * answers the status and body of every outbox row to that address, read with JDBC from the
 * portal's own database, one row after the other as {@code status\nbody} separated by a line
 * {@value #SEPARATOR}.
 *
 * <p>For the fault tests: {@code GET …/outbox/states?prefix=} answers one line per row to addresses
 * starting with the prefix ({@code recipient status attempts last_error}); {@code POST
 * …/outbox/seed?prefix=&count=&kind=&link=} queues N mails to {@code <prefix>-<i>@example.test} with
 * JDBC (ids far above the sequence's), a body with a one-time link when {@code link=true}, already given up when {@code failed=true}; {@code
 * POST …/outbox/dispatch} runs one delivery pass of the real dispatcher and answers how long it took
 * in milliseconds.
 */
@Path("outbox")
public class OutboxResource {

    public static final String SEPARATOR = "\n----\n";

    @Resource(lookup = "java:app/jdbc/mypage")
    private DataSource dataSource;

    @jakarta.inject.Inject
    private jp.mypage.mail.MailDispatcher dispatcher;

    @GET
    @Path("states")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String states(@QueryParam("prefix") String prefix) throws SQLException {
        StringBuilder lines = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT recipient, status, attempts, last_error FROM outbox_mail WHERE recipient LIKE ? ORDER BY id")) {
            select.setString(1, prefix.toLowerCase(Locale.ROOT) + "%");
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    lines.append(row.getString(1)).append(' ').append(row.getString(2)).append(' ').append(row.getInt(3))
                            .append(' ').append(String.valueOf(row.getString(4)).replace('\n', ' ')).append('\n');
                }
            }
        }
        return lines.toString();
    }

    @POST
    @Path("seed")
    public String seed(@QueryParam("prefix") String prefix, @QueryParam("count") int count,
            @QueryParam("kind") String kind, @QueryParam("link") boolean link, @QueryParam("failed") boolean failed)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long base;
            try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM outbox_mail");
                    ResultSet row = max.executeQuery()) {
                row.next();
                base = Math.max(row.getLong(1), 2_000_000_000L) + 1;
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_mail (id, recipient, subject,"
                    + " body, status, attempts, created_at, next_attempt_at, bulk, kind, last_error, last_attempt_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    String recipient = (prefix + "-" + i + "@example.test").toLowerCase(Locale.ROOT);
                    insert.setLong(1, base + i);
                    insert.setString(2, recipient);
                    insert.setString(3, "障害試験 " + i);
                    insert.setString(4, link ? "本登録: http://localhost:8080/confirm?token=" + (failed ? "(erased)" : "secret" + i + "x" + base)
                            : "お知らせ " + i + " (" + recipient + ")");
                    insert.setString(5, failed ? "FAILED" : "PENDING");
                    insert.setInt(6, failed ? 12 : 0);
                    insert.setTimestamp(7, now);
                    insert.setTimestamp(8, now);
                    insert.setString(9, kind);
                    insert.setString(10, failed ? "SMTP delivery to " + recipient + " failed: Connection refused" : null);
                    insert.setTimestamp(11, failed ? now : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        return String.valueOf(count);
    }

    @POST
    @Path("dispatch")
    public String dispatch() {
        long start = System.nanoTime();
        dispatcher.dispatchDue();
        return String.valueOf((System.nanoTime() - start) / 1_000_000);
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String rows(@QueryParam("recipient") String recipient) throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT status, body FROM outbox_mail WHERE recipient = ? ORDER BY id")) {
            select.setString(1, recipient == null ? "" : recipient.strip().toLowerCase(Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (rows.length() > 0) {
                        rows.append(SEPARATOR);
                    }
                    rows.append(row.getString(1)).append('\n').append(row.getString(2));
                }
            }
        }
        return rows.toString();
    }
}
