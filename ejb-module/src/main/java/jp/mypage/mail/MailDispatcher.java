package jp.mypage.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Works through the outbox: right after a transaction that queued mail commits, and every 15
 * seconds for retries. One dispatcher per server (a singleton with the default write lock), so a
 * mail is not sent twice by concurrent passes.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    /** How long one pass may keep sending before it leaves the rest to the next pass. */
    static final Duration PASS_BUDGET = Duration.ofSeconds(10);

    @Inject
    private MailDelivery delivery;

    @Asynchronous
    public void dispatchSoon() {
        dispatchDue();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void dispatchDue() {
        // Batch after batch while whole batches leave (an import queues thousands of invitations),
        // within a time budget so the 15-second timer and the next commits are not kept waiting long.
        long stop = System.nanoTime() + PASS_BUDGET.toNanos();
        List<Long> due;
        do {
            due = delivery.dueMailIds();
            boolean progressed = false;
            for (Long id : due) {
                progressed |= delivery.deliver(id);
            }
            if (!progressed) {
                return;
            }
        } while (due.size() == MailDelivery.BATCH && System.nanoTime() < stop);
    }
}
