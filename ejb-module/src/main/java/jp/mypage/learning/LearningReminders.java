package jp.mypage.learning;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
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
// Created at deployment, not by its first timer: Payara 6.2025.9 stops an EJB module by iterating its
// singletons, and one created lazily meanwhile (a timer firing during undeploy) broke that iteration
// (ConcurrentModificationException), leaving the module half-stopped for the next deployment.
@Singleton
@Startup
@DependsOn("SchemaMigration")
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
        sendAll(run, now.getDayOfWeek() == java.time.DayOfWeek.MONDAY);
    }

    /**
     * Each kind of reminder in its own transaction; one that fails is logged and tried again next hour.
     *
     * @return how many mails were queued
     */
    public static int sendAll(ReminderRun run, boolean digests) {
        int sent = 0;
        java.util.List<java.util.function.IntSupplier> kinds = new java.util.ArrayList<>(java.util.List.of(
                run::accessEnding, run::sessionsTomorrow));
        if (digests) {
            kinds.add(run::weeklyDigests);
        }
        for (java.util.function.IntSupplier kind : kinds) {
            try {
                sent += kind.getAsInt();
            } catch (jakarta.ejb.EJBAccessException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminders failed; the next hour tries again", e);
            }
        }
        return sent;
    }
}
