package jp.mypage.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Works through the outbox: right after a transaction that queued mail commits, and every 15
 * seconds for retries. One dispatcher per server (a singleton with the default write lock), so the
 * passes of one node follow each other; the nodes of a cluster run their passes side by side, and
 * each mail is claimed by one of them ({@link MailDelivery}: {@code FOR UPDATE SKIP LOCKED}), so none
 * waits for another and none sends a mail another sent. With nowhere to deliver (no SMTP server and no
 * {@code MAIL_LOCAL_MAILBOX=true}) mails stay queued, untouched, and the log warns every
 * {@link #WARNING_INTERVAL} while some wait; it names how many, never what they say.
 *
 * <p>A mail server that is down or hangs holds a pass for one attempt only: the pass stops at the
 * first mail the server failed to take for want of a connection or an answer in time (bounded by the
 * SMTP timeouts), and leaves the others queued, untouched, for the next pass. Requests for a pass
 * while one runs (each commit that queues mail asks for one) do not wait in line for it: the running
 * pass goes round once more instead, so no thread is held behind a slow server.
 */
// Created at deployment, not by its first timer: Payara 6.2025.9 stops an EJB module by iterating its
// singletons, and one created lazily meanwhile (a timer firing during undeploy) broke that iteration
// (ConcurrentModificationException), leaving the module half-stopped for the next deployment.
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    /** How long one pass may keep sending before it leaves the rest to the next pass. */
    static final Duration PASS_BUDGET = Duration.ofSeconds(10);
    static final Duration WARNING_INTERVAL = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Inject
    MailDelivery delivery;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    private volatile Instant lastWarning;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @Asynchronous
    public void dispatchSoon() {
        dispatchDue();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void dispatchDue() {
        if (!settings.canDeliver()) {
            warnUndelivered();
            return;
        }
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            boolean serverAnswered;
            do {
                again.set(false);
                try {
                    serverAnswered = pass();
                } finally {
                    delivery.passEnded();
                }
            } while (again.get() && serverAnswered);
        } finally {
            running.set(false);
        }
    }

    /**
     * Batch after batch while whole batches leave (an import queues thousands of invitations), within
     * a time budget so the 15-second timer and the next commits are not kept waiting long.
     *
     * @return false when the pass stopped because the server could not be reached or did not answer
     */
    private boolean pass() {
        long stop = System.nanoTime() + PASS_BUDGET.toNanos();
        List<Long> due;
        do {
            due = delivery.dueMailIds();
            boolean progressed = false;
            for (Long id : due) {
                MailDelivery.Outcome outcome = delivery.deliver(id);
                if (outcome == MailDelivery.Outcome.SERVER_UNAVAILABLE) {
                    return false;
                }
                progressed |= outcome == MailDelivery.Outcome.DELIVERED;
                if (System.nanoTime() >= stop) {
                    return true;
                }
            }
            if (!progressed) {
                return true;
            }
        } while (due.size() == MailDelivery.BATCH && System.nanoTime() < stop);
        return true;
    }

    private void warnUndelivered() {
        Instant now = clock.instant();
        if (lastWarning != null && now.isBefore(lastWarning.plus(WARNING_INTERVAL))) {
            return;
        }
        int due = delivery.dueMailIds().size();
        if (due > 0) {
            lastWarning = now;
            LOG.warning((due == MailDelivery.BATCH ? "At least " : "") + due + " mail(s) queued and not sent:"
                    + " set MAIL_SMTP_HOST to send them (or MAIL_LOCAL_MAILBOX=true to read them at /local-mailbox"
                    + " on this machine)");
        }
    }
}
