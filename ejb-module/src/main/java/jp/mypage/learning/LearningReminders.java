package jp.mypage.learning;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.mypage.training.Catalogue;

/**
 * The reminders' timer: every hour, from 08:00 to 20:00 Japan time, {@link ReminderRun} mails what
 * is due. Each reminder is claimed by a conditional update before it is queued, so two servers of a
 * cluster (each with its own timer) never send one twice.
 */
@Singleton
@RunAs("ADMIN")
public class LearningReminders {

    private static final Logger LOG = Logger.getLogger(LearningReminders.class.getName());

    @Inject
    private Clock clock;

    @Inject
    private ReminderRun run;

    @Schedule(hour = "*", minute = "10", persistent = false)
    void hourly() {
        ZonedDateTime now = clock.instant().atZone(Catalogue.JAPAN);
        if (now.getHour() < 8 || now.getHour() > 20) {
            return;
        }
        try {
            run.all(now.getDayOfWeek() == java.time.DayOfWeek.MONDAY);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders failed; the next hour tries again", e);
        }
    }
}
