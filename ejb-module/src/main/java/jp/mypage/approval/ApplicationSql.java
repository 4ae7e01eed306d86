package jp.mypage.approval;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mypage.domain.account.AccountStatus;
import jp.mypage.domain.account.AccountType;

/**
 * The SQL of the application list, its count and its counts per status, built from an
 * {@link ApplicationQuery}: filtering, sorting and paging all happen in the database. Plain SQL with
 * {@code ?} parameters that runs unchanged on H2 2.x and PostgreSQL 15 (and through JDBC in the
 * unit tests). SQL rather than JPQL because the email is mapped through an attribute converter,
 * and a LIKE pattern is not an email address.
 *
 * <p>Instants are bound as {@link Timestamp}, in the JVM zone, as
 * {@link jp.mypage.domain.support.InstantAttributeConverter} stores them. Day bounds are days in
 * Asia/Tokyo, whatever the server's zone.
 */
final class ApplicationSql {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    static final char ESCAPE = '\\';

    private static final String DISPLAY_NAME =
            "CASE WHEN a.account_type = 'CORPORATE' THEN a.organization_name ELSE a.person_name END";
    private static final String DISPLAY_KANA =
            "CASE WHEN a.account_type = 'CORPORATE' THEN a.organization_name_kana ELSE a.person_name_kana END";
    private static final String LIKE = " LIKE ? ESCAPE '" + ESCAPE + "'";

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    private ApplicationSql() {
    }

    /** One page of rows, in the query's order; columns as {@link #row(Object[])} reads them. */
    static Statement page(ApplicationQuery query, int first, int pageSize) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT a.id, a.account_type, a.status, a.email, " + DISPLAY_NAME + ", a.created_at,"
                + " a.email_confirmed_at, a.decided_at FROM account a"
                + where(query, true, parameters)
                + orderBy(query)
                + " OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT " + Math.max(1, pageSize) + " ROWS ONLY";
        return new Statement(sql, parameters);
    }

    static Statement count(ApplicationQuery query) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT COUNT(*) FROM account a" + where(query, true, parameters), parameters);
    }

    /** Status and count per status, ignoring the query's statuses: one GROUP BY. */
    static Statement countsByStatus(ApplicationQuery query) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT a.status, COUNT(*) FROM account a" + where(query, false, parameters)
                + " GROUP BY a.status", parameters);
    }

    private static String where(ApplicationQuery query, boolean withStatuses, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (withStatuses && !query.statuses().isEmpty()) {
            List<String> marks = new ArrayList<>();
            query.statuses().stream().sorted().forEach(status -> {
                marks.add("?");
                parameters.add(status.name());
            });
            conditions.add("a.status IN (" + String.join(", ", marks) + ")");
        }
        if (query.type() != null) {
            conditions.add("a.account_type = ?");
            parameters.add(query.type().name());
        }
        if (query.from() != null) {
            conditions.add("a.created_at >= ?");
            parameters.add(Timestamp.from(query.from().atStartOfDay(ZONE).toInstant()));
        }
        if (query.to() != null) {
            conditions.add("a.created_at < ?");
            parameters.add(Timestamp.from(query.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        likePattern(query.text()).ifPresent(pattern -> {
            // the email is stored normalised (NFKC, lower case); names as typed, so they are lowered
            conditions.add("(a.email" + LIKE
                    + " OR LOWER(a.person_name)" + LIKE
                    + " OR LOWER(a.person_name_kana)" + LIKE
                    + " OR LOWER(a.organization_name)" + LIKE
                    + " OR LOWER(a.organization_name_kana)" + LIKE + ")");
            for (int i = 0; i < 5; i++) {
                parameters.add(pattern);
            }
        });
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String orderBy(ApplicationQuery query) {
        String direction = query.ascending() ? " ASC" : " DESC";
        String primary = switch (query.sort()) {
            case CREATED_AT -> null;
            case EMAIL -> "a.email";
            case NAME -> DISPLAY_KANA + direction + ", " + DISPLAY_NAME;
            case STATUS -> statusOrder();
            case TYPE -> "a.account_type";
        };
        return " ORDER BY " + (primary == null ? "" : primary + direction + ", ")
                + "a.created_at" + direction + ", a.id" + direction;
    }

    /** Statuses in the order of an account's life, as {@link AccountStatus} declares them. */
    private static String statusOrder() {
        StringBuilder sql = new StringBuilder("CASE a.status");
        for (AccountStatus status : AccountStatus.values()) {
            sql.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return sql.append(" END").toString();
    }

    /**
     * The LIKE pattern of a free text: NFKC-normalised, trimmed, lower-cased, with the escape
     * character, % and _ escaped, between two %. Empty for blank text.
     */
    static Optional<String> likePattern(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder pattern = new StringBuilder("%");
        for (char c : normalised.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return Optional.of(pattern.append('%').toString());
    }

    /** A row of {@link #page}. */
    static ApplicationRow row(Object[] columns) {
        return new ApplicationRow(((Number) columns[0]).longValue(), AccountType.valueOf((String) columns[1]),
                AccountStatus.valueOf((String) columns[2]), (String) columns[3], (String) columns[4],
                instant(columns[5]), Optional.ofNullable(instant(columns[6])), Optional.ofNullable(instant(columns[7])));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("Not a time: " + value.getClass());
    }
}
