package jp.mypage.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Works through the outbox: right after a transaction that queued mail commits, and every 15
 * seconds for retries. One dispatcher per server (a singleton with the default write lock), so a
 * mail is not sent twice by concurrent passes.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    @Inject
    private MailDelivery delivery;

    @Asynchronous
    public void dispatchSoon() {
        dispatchDue();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    public void dispatchDue() {
        for (Long id : delivery.dueMailIds()) {
            delivery.deliver(id);
        }
    }
}
