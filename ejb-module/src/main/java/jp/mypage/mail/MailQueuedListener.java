package jp.mypage.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts delivery as soon as a transaction that queued mail has committed. */
@ApplicationScoped
public class MailQueuedListener {

    @Inject
    private MailDispatcher dispatcher;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        dispatcher.dispatchSoon();
    }
}
