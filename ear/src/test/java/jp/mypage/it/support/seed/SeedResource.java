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

    @jakarta.inject.Inject
    private jp.mypage.password.PasswordHashing hashing;

    /**
     * {@code POST …/seed/learners?prefix=&count=&password=}: N active personal accounts that can log
     * in with the password, at {@code <prefix>-<i>@example.test} (one hash for all of them).
     */
    @POST
    @Path("learners")
    public String learners(@QueryParam("prefix") String prefix, @QueryParam("count") int count,
            @QueryParam("password") String password) throws SQLException {
        String hash = hashing.hash(password);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long base = nextFreeId(connection);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement account = connection.prepareStatement("INSERT INTO account (id, version, account_type,"
                    + " email, password_hash, status, person_name, person_name_kana, phone, locale, created_at,"
                    + " email_confirmed_at, failed_logins) VALUES (?, 1, 'PERSONAL', ?, ?, 'ACTIVE', ?, 'ジュコウシャ',"
                    + " '0312345678', 'ja', ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    account.setLong(1, base + i);
                    account.setString(2, (prefix + "-" + i + "@example.test").toLowerCase(Locale.ROOT));
                    account.setString(3, hash);
                    account.setString(4, "受講者 " + prefix + " " + i);
                    account.setTimestamp(5, now);
                    account.setTimestamp(6, now);
                    account.addBatch();
                }
                account.executeBatch();
            }
            connection.commit();
            return String.valueOf(count);
        }
    }

    /**
     * {@code POST …/seed/operator?email=&name=&password=&secret=}: an active operator whose authenticator
     * app is enrolled with the given TOTP secret (Base32), as after their first login; the id.
     */
    @POST
    @Path("operator")
    public String operator(@QueryParam("email") String email, @QueryParam("name") String name,
            @QueryParam("password") String password, @QueryParam("secret") String secret) throws SQLException {
        String hash = hashing.hash(password);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long id = Math.max(maxId(connection, "operator"), 1_000_000_000L) + 1;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement operator = connection.prepareStatement("INSERT INTO operator (id, version, email, name,"
                    + " password_hash, created_at, created_by, failed_logins, locale, totp_secret, totp_enrolled_at)"
                    + " VALUES (?, 1, ?, ?, ?, ?, 'bootstrap', 0, 'ja', ?, ?)")) {
                operator.setLong(1, id);
                operator.setString(2, email.toLowerCase(Locale.ROOT));
                operator.setString(3, name);
                operator.setString(4, hash);
                operator.setTimestamp(5, now);
                operator.setString(6, secret);
                operator.setTimestamp(7, now);
                operator.executeUpdate();
            }
            connection.commit();
            return String.valueOf(id);
        }
    }

    @POST
    @Path("linked-learners")
    public String linkedLearners(@QueryParam("corporate") String corporateEmail, @QueryParam("count") int count)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long corporateId = accountId(connection, "CORPORATE", corporateEmail);
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

    private static long nextFreeId(Connection connection) throws SQLException {
        try (PreparedStatement max = connection.prepareStatement(
                "SELECT COALESCE(MAX(id), 0) FROM account");
                ResultSet row = max.executeQuery()) {
            row.next();
            return Math.max(row.getLong(1), 1_000_000_000L) + 1;
        }
    }

    /**
     * {@code POST …/seed/course?code=&delivery=IN_PERSON|ONLINE|E_LEARNING&price=&capacity=&daysAhead=}: a
     * published course (policy: 50 % from 7 days before, 100 % from 2 days before) and, for a live
     * course, one published session starting {@code daysAhead} days from now at 10:00–17:00 Tokyo.
     * Answers {@code <courseId> <sessionId>} (session 0 for 動画配信).
     */
    @POST
    @Path("course")
    public String course(@QueryParam("code") String code, @QueryParam("title") String title,
            @QueryParam("delivery") String delivery, @QueryParam("price") long price,
            @QueryParam("capacity") int capacity, @QueryParam("daysAhead") int daysAhead) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long courseId = maxId(connection, "course") + 1_000_000;
            long sessionId = 0;
            Timestamp now = Timestamp.from(Instant.now());
            boolean live = !"E_LEARNING".equals(delivery);
            try (PreparedStatement course = connection.prepareStatement("INSERT INTO course (id, version, code, title,"
                    + " description, delivery, price, tax_rate, access_days, published_at, created_at, updated_at)"
                    + " VALUES (?, 1, ?, ?, '研修の説明です。', ?, ?, 10, ?, CURRENT_TIMESTAMP, ?, ?)");
                    PreparedStatement tier = connection.prepareStatement(
                            "INSERT INTO course_cancellation_tier (course_id, days_before, fee_percent) VALUES (?, ?, ?)")) {
                course.setLong(1, courseId);
                course.setString(2, code);
                course.setString(3, title == null ? "研修 " + code : title);
                course.setString(4, delivery);
                course.setLong(5, price);
                if (live) {
                    course.setNull(6, java.sql.Types.INTEGER);
                } else {
                    course.setInt(6, 30);
                }
                course.setTimestamp(7, now);
                course.setTimestamp(8, now);
                course.executeUpdate();
                for (int[] t : new int[][] {{7, 50}, {2, 100}}) {
                    tier.setLong(1, courseId);
                    tier.setInt(2, t[0]);
                    tier.setInt(3, t[1]);
                    tier.executeUpdate();
                }
            }
            if (live) {
                sessionId = maxId(connection, "course_session") + 1_000_000;
                java.time.ZonedDateTime start = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(daysAhead)
                        .atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Tokyo"));
                try (PreparedStatement session = connection.prepareStatement("INSERT INTO course_session (id, version,"
                        + " course_id, starts_at, ends_at, deadline, venue, meeting_url, capacity, seats_taken, published_at,"
                        + " status) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 0, CURRENT_TIMESTAMP, 'SCHEDULED')")) {
                    session.setLong(1, sessionId);
                    session.setLong(2, courseId);
                    session.setTimestamp(3, Timestamp.from(start.toInstant()));
                    session.setTimestamp(4, Timestamp.from(start.plusHours(7).toInstant()));
                    session.setTimestamp(5, Timestamp.from(start.minusDays(1).toInstant()));
                    session.setString(6, "IN_PERSON".equals(delivery) ? "東京研修センター 3F" : null);
                    session.setString(7, "ONLINE".equals(delivery) ? "https://meet.example.test/" + code : null);
                    session.setInt(8, capacity);
                    session.executeUpdate();
                }
            }
            connection.commit();
            return courseId + " " + sessionId;
        }
    }

    /**
     * {@code POST …/seed/link?corporate=<email>&learner=<email>}: an active 法人ID連携 of the learner to
     * the company, as if the learner had saved it in 登録情報設定.
     */
    @POST
    @Path("link")
    public String link(@QueryParam("corporate") String corporateEmail, @QueryParam("learner") String learnerEmail)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long corporateId = accountId(connection, "CORPORATE", corporateEmail);
            long learnerId = accountId(connection, "PERSONAL", learnerEmail);
            try (PreparedStatement link = connection.prepareStatement("INSERT INTO corporate_link (id, learner_id,"
                    + " corporate_id, status, requested_at, linked_at) VALUES (?, ?, ?, 'ACTIVE', ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                link.setLong(1, maxId(connection, "corporate_link") + 1_000_000);
                link.setLong(2, learnerId);
                link.setLong(3, corporateId);
                link.setTimestamp(4, now);
                link.setTimestamp(5, now);
                link.executeUpdate();
            }
            return "linked";
        }
    }

    /**
     * {@code POST …/seed/seat?buyer=<email>&buyerType=CORPORATE|PERSONAL&learner=<email>&course=&session=}:
     * an order of the buyer with one seat named to the learner (動画配信: open for the course's access
     * days from now, or {@code &accessDays=} days). Answers {@code <seatId>}.
     */
    @POST
    @Path("seat")
    public String seat(@QueryParam("buyer") String buyerEmail, @QueryParam("buyerType") String buyerType,
            @QueryParam("learner") String learnerEmail, @QueryParam("course") long courseId,
            @QueryParam("session") long sessionId, @QueryParam("accessDays") Integer accessDaysLeft) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long buyerId = accountId(connection, buyerType, buyerEmail);
            long learnerId = accountId(connection, "PERSONAL", learnerEmail);
            String title;
            String delivery;
            Integer accessDays;
            try (PreparedStatement course = connection.prepareStatement(
                    "SELECT title, delivery, access_days FROM course WHERE id = ?")) {
                course.setLong(1, courseId);
                try (ResultSet row = course.executeQuery()) {
                    if (!row.next()) {
                        throw new WebApplicationException("No course " + courseId, 404);
                    }
                    title = row.getString(1);
                    delivery = row.getString(2);
                    accessDays = (Integer) row.getObject(3);
                }
            }
            long orderId = maxId(connection, "training_order") + 1_000_000;
            long seatId = maxId(connection, "seat") + 1_000_000;
            Instant now = Instant.now();
            try (PreparedStatement order = connection.prepareStatement("INSERT INTO training_order (id, version,"
                    + " order_number, request_key, buyer_id, course_id, session_id, course_title, delivery, unit_price,"
                    + " tax_rate, access_days, seat_count, net_amount, status, payment_method, payment_status, ordered_at)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 10000, 10, ?, 1, 10000, 'APPLIED', 'INVOICE', 'UNPAID', ?)");
                    PreparedStatement seat = connection.prepareStatement("INSERT INTO seat (id, version, order_id,"
                            + " learner_id, status, assigned_at, access_ends_at, charge, buyer_id)"
                            + " VALUES (?, 1, ?, ?, 'ACTIVE', ?, ?, 10000, ?)")) {
                order.setLong(1, orderId);
                order.setString(2, String.format("MP%08d", orderId % 100_000_000));
                order.setString(3, "seed-seat-" + orderId);
                order.setLong(4, buyerId);
                order.setLong(5, courseId);
                if (sessionId == 0) {
                    order.setNull(6, java.sql.Types.BIGINT);
                } else {
                    order.setLong(6, sessionId);
                }
                order.setString(7, title);
                order.setString(8, delivery);
                if (accessDays == null) {
                    order.setNull(9, java.sql.Types.INTEGER);
                } else {
                    order.setInt(9, accessDays);
                }
                order.setTimestamp(10, Timestamp.from(now));
                order.executeUpdate();
                seat.setLong(1, seatId);
                seat.setLong(6, buyerId);
                seat.setLong(2, orderId);
                seat.setLong(3, learnerId);
                seat.setTimestamp(4, Timestamp.from(now));
                if (accessDays == null) {
                    seat.setNull(5, java.sql.Types.TIMESTAMP);
                } else {
                    seat.setTimestamp(5, Timestamp.from(now.plus(java.time.Duration.ofDays(
                            accessDaysLeft == null ? accessDays : accessDaysLeft))));
                }
                seat.executeUpdate();
            }
            if (sessionId != 0) {
                try (PreparedStatement taken = connection.prepareStatement(
                        "UPDATE course_session SET seats_taken = seats_taken + 1 WHERE id = ?")) {
                    taken.setLong(1, sessionId);
                    taken.executeUpdate();
                }
            }
            schedule(connection, seatId);
            connection.commit();
            return String.valueOf(seatId);
        }
    }

    private static long accountId(Connection connection, String type, String email) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(
                "SELECT id FROM account WHERE account_type = ? AND email = ?")) {
            find.setString(1, type);
            find.setString(2, email == null ? "" : email.toLowerCase(Locale.ROOT));
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    throw new WebApplicationException("No " + type + " account " + email, 404);
                }
                return row.getLong(1);
            }
        }
    }

    /**
     * {@code POST …/seed/orders?corporate=<email>&course=&session=&count=N}: N orders of the company
     * for the session, each with two seats named to its linked learners (round robin), one day apart.
     */
    @POST
    @Path("orders")
    public String orders(@QueryParam("corporate") String corporateEmail, @QueryParam("course") long courseId,
            @QueryParam("session") long sessionId, @QueryParam("count") int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long corporateId = accountId(connection, "CORPORATE", corporateEmail);
            java.util.List<Long> learners = new java.util.ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT learner_id FROM corporate_link WHERE corporate_id = ? AND status = 'ACTIVE' ORDER BY learner_id")) {
                select.setLong(1, corporateId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        learners.add(rows.getLong(1));
                    }
                }
            }
            long orderBase = maxId(connection, "training_order") + 1_000_000;
            long seatBase = maxId(connection, "seat") + 1_000_000;
            Instant now = Instant.now();
            try (PreparedStatement order = connection.prepareStatement("INSERT INTO training_order (id, version,"
                    + " order_number, request_key, buyer_id, course_id, session_id, course_title, delivery, unit_price,"
                    + " tax_rate, seat_count, net_amount, status, payment_method, payment_status, ordered_at)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'IN_PERSON', 10000, 10, 2, 20000, 'APPLIED', 'INVOICE', 'UNPAID', ?)");
                    PreparedStatement seat = connection.prepareStatement("INSERT INTO seat (id, version, order_id,"
                            + " learner_id, status, assigned_at, charge, buyer_id) VALUES (?, 1, ?, ?, 'ACTIVE', ?, 10000, ?)")) {
                for (int i = 0; i < count; i++) {
                    long id = orderBase + i;
                    Timestamp at = Timestamp.from(now.minusSeconds(86_400L * (count - i)));
                    order.setLong(1, id);
                    order.setString(2, "SD" + id);
                    order.setString(3, "seed-" + id);
                    order.setLong(4, corporateId);
                    order.setLong(5, courseId);
                    order.setLong(6, sessionId);
                    order.setString(7, "シード研修 " + i);
                    order.setTimestamp(8, at);
                    order.addBatch();
                    for (int k = 0; k < 2; k++) {
                        seat.setLong(1, seatBase + 2L * i + k);
                        seat.setLong(5, corporateId);
                        seat.setLong(2, id);
                        if (learners.isEmpty()) {
                            seat.setNull(3, java.sql.Types.BIGINT);
                        } else {
                            seat.setLong(3, learners.get((2 * i + k) % learners.size()));
                        }
                        seat.setTimestamp(4, at);
                        seat.addBatch();
                    }
                    if ((i + 1) % BATCH == 0 || i == count - 1) {
                        order.executeBatch();
                        seat.executeBatch();
                    }
                }
            }
            schedule(connection, seatBase);
            connection.commit();
            return String.valueOf(count);
        }
    }

    /**
     * {@code POST …/seed/learning?email=&course=&status=&progress=&completedDaysAgo=&department=}: sets
     * the learning state of the learner's active seats of the course directly (the player and the
     * attendance are another issue's), and optionally the learner's 部署. Answers the seats changed.
     */
    @POST
    @Path("learning")
    public String learning(@QueryParam("email") String email, @QueryParam("course") long courseId,
            @QueryParam("status") String status, @QueryParam("progress") int progress,
            @QueryParam("completedDaysAgo") Integer completedDaysAgo, @QueryParam("department") String department)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long learnerId;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM account WHERE account_type = 'PERSONAL' AND email = ?")) {
                select.setString(1, email.strip().toLowerCase(Locale.ROOT));
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new WebApplicationException("no learner " + email, 404);
                    }
                    learnerId = rows.getLong(1);
                }
            }
            int changed;
            // A seat in any state but 未受講 has been used (受講する): as the player would have recorded it.
            try (PreparedStatement update = connection.prepareStatement("UPDATE seat SET learning_status = ?,"
                    + " progress_percent = ?, completed_at = ?, first_used_at = CASE WHEN ? = 'NOT_STARTED' THEN first_used_at"
                    + " ELSE COALESCE(first_used_at, ?) END WHERE learner_id = ? AND status = 'ACTIVE'"
                    + " AND order_id IN (SELECT id FROM training_order WHERE course_id = ?)")) {
                update.setString(1, status);
                update.setInt(2, progress);
                update.setTimestamp(3, completedDaysAgo == null ? null
                        : Timestamp.from(Instant.now().minusSeconds(86_400L * completedDaysAgo)));
                update.setString(4, status);
                update.setTimestamp(5, Timestamp.from(Instant.now()));
                update.setLong(6, learnerId);
                update.setLong(7, courseId);
                changed = update.executeUpdate();
            }
            if (department != null) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE account SET department = ? WHERE id = ?")) {
                    update.setString(1, department);
                    update.setLong(2, learnerId);
                    update.executeUpdate();
                }
            }
            connection.commit();
            return String.valueOf(changed);
        }
    }

    /**
     * {@code POST …/seed/history?corporate=<email>&learners=N&rows=M&courses=C}: the scale test's 受講履歴:
     * N learners linked to the company (in 10 部署), C 動画配信 courses, and M seats the company
     * bought (orders of 10 seats), named round robin, in every learning state; access periods and
     * completions spread over the last two years. Answers the seats written.
     */
    @POST
    @Path("history")
    public String history(@QueryParam("corporate") String corporateEmail, @QueryParam("learners") int learners,
            @QueryParam("rows") int rows, @QueryParam("courses") int courses) throws SQLException {
        linkedLearners(corporateEmail, learners);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long corporateId = accountId(connection, "CORPORATE", corporateEmail);
            java.util.List<Long> linked = new java.util.ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT learner_id FROM corporate_link WHERE corporate_id = ? AND status = 'ACTIVE' ORDER BY learner_id")) {
                select.setLong(1, corporateId);
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        linked.add(found.getLong(1));
                    }
                }
            }
            try (PreparedStatement department = connection.prepareStatement("UPDATE account SET department = ? WHERE id = ?")) {
                for (int i = 0; i < linked.size(); i++) {
                    department.setString(1, "部署" + (i % 10));
                    department.setLong(2, linked.get(i));
                    department.addBatch();
                    if ((i + 1) % BATCH == 0 || i == linked.size() - 1) {
                        department.executeBatch();
                    }
                }
            }
            long courseBase = maxId(connection, "course") + 1_000_000;
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement course = connection.prepareStatement("INSERT INTO course (id, version, code, title,"
                    + " description, delivery, price, tax_rate, access_days, published_at, created_at, updated_at)"
                    + " VALUES (?, 1, ?, ?, '研修の説明です。', 'E_LEARNING', 10000, 10, 365, ?, ?, ?)")) {
                for (int c = 0; c < courses; c++) {
                    course.setLong(1, courseBase + c);
                    course.setString(2, "H" + (courseBase + c));
                    course.setString(3, "履歴研修 " + String.format(Locale.ROOT, "%02d", c));
                    course.setTimestamp(4, now);
                    course.setTimestamp(5, now);
                    course.setTimestamp(6, now);
                    course.addBatch();
                }
                course.executeBatch();
            }
            long orderBase = maxId(connection, "training_order") + 1_000_000;
            long seatBase = maxId(connection, "seat") + 1_000_000;
            String[] states = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "COMPLETED", "IN_PROGRESS", "ABSENT"};
            long day = 86_400L;
            Instant start = Instant.now();
            int perOrder = 10;
            try (PreparedStatement order = connection.prepareStatement("INSERT INTO training_order (id, version,"
                    + " order_number, request_key, buyer_id, course_id, session_id, course_title, delivery, unit_price,"
                    + " tax_rate, access_days, seat_count, net_amount, status, payment_method, payment_status, ordered_at)"
                    + " VALUES (?, 1, ?, ?, ?, ?, NULL, ?, 'E_LEARNING', 10000, 10, 365, ?, ?, 'APPLIED', 'INVOICE', 'UNPAID', ?)");
                    PreparedStatement seat = connection.prepareStatement("INSERT INTO seat (id, version, order_id,"
                            + " learner_id, status, assigned_at, access_ends_at, first_used_at, charge, learning_status,"
                            + " progress_percent, completed_at, buyer_id) VALUES (?, 1, ?, ?, 'ACTIVE', ?, ?, ?, 10000, ?, ?, ?, ?)")) {
                int orders = (rows + perOrder - 1) / perOrder;
                int written = 0;
                for (int o = 0; o < orders; o++) {
                    long orderId = orderBase + o;
                    int c = o % courses;
                    int seats = Math.min(perOrder, rows - written);
                    Instant orderedAt = start.minusSeconds(day * (o % 730));
                    order.setLong(1, orderId);
                    order.setString(2, "SH" + orderId);
                    order.setString(3, "seed-h-" + orderId);
                    order.setLong(4, corporateId);
                    order.setLong(5, courseBase + c);
                    order.setString(6, "履歴研修 " + String.format(Locale.ROOT, "%02d", c));
                    order.setInt(7, seats);
                    order.setLong(8, 10_000L * seats);
                    order.setTimestamp(9, Timestamp.from(orderedAt));
                    order.addBatch();
                    for (int k = 0; k < seats; k++) {
                        int n = written + k;
                        String state = states[n % states.length];
                        seat.setLong(1, seatBase + n);
                        seat.setLong(10, corporateId);
                        seat.setLong(2, orderId);
                        seat.setLong(3, linked.get(n % linked.size()));
                        seat.setTimestamp(4, Timestamp.from(orderedAt));
                        seat.setTimestamp(5, Timestamp.from(orderedAt.plusSeconds(day * 365)));
                        seat.setTimestamp(6, "NOT_STARTED".equals(state) ? null : Timestamp.from(orderedAt.plusSeconds(day)));
                        seat.setString(7, state);
                        seat.setInt(8, "COMPLETED".equals(state) ? 100 : "IN_PROGRESS".equals(state) ? 10 + n % 80 : 0);
                        seat.setTimestamp(9, "COMPLETED".equals(state) ? Timestamp.from(orderedAt.plusSeconds(day * (1 + n % 60))) : null);
                        seat.addBatch();
                    }
                    written += seats;
                    if ((o + 1) % 100 == 0 || o == orders - 1) {
                        order.executeBatch();
                        seat.executeBatch();
                    }
                }
                schedule(connection, seatBase);
                connection.commit();
                return String.valueOf(written);
            }
        }
    }

    /** The seeded seats from {@code firstSeatId} on get their schedule date as the portal keeps it (V12). */
    private static void schedule(Connection connection, long firstSeatId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE seat SET schedule_at = COALESCE((SELECT cs.starts_at"
                + " FROM training_order o JOIN course_session cs ON cs.id = o.session_id WHERE o.id = seat.order_id),"
                + " access_ends_at) WHERE id >= ?")) {
            update.setLong(1, firstSeatId);
            update.executeUpdate();
        }
    }

    private static long maxId(Connection connection, String table) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
