package jp.mypage.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the pages show them, in Japan time (the portal's users are in Japan):
 * {@code #{dateTimes.dateTime(mail.createdAt)}}.
 */
@Named
@ApplicationScoped
public class DateTimes {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(JAPAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(JAPAN);

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JAPAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(JAPAN);

    /** A session's time: {@code 2026-12-10 10:00–17:00} (the end's date when it ends on another day). */
    public String period(Instant start, Instant end) {
        if (start == null) {
            return "";
        }
        boolean sameDay = end != null && DATE.format(start).equals(DATE.format(end));
        return MINUTES.format(start) + (end == null ? "" : "–" + (sameDay ? TIME : MINUTES).format(end));
    }

    /** Date and time to the minute, for deadlines. */
    public String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
