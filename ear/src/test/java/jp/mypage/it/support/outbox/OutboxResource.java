package jp.mypage.it.support.outbox;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Test-only: what the outbox keeps at rest. {@code GET /test-support/api/outbox?recipient=<email>}
 * answers the status and body of every outbox row to that address, read with JDBC from the
 * portal's own database, one row after the other as {@code status\nbody} separated by a line
 * {@value #SEPARATOR}.
 */
@Path("outbox")
public class OutboxResource {

    public static final String SEPARATOR = "\n----\n";

    @Resource(lookup = "java:app/jdbc/mypage")
    private DataSource dataSource;

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
