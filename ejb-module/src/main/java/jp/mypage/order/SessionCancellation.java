package jp.mypage.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.order.OrderStatus;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.TrainingOrder;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.SessionStatus;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.MailText;
import jp.mypage.mail.PortalLinks;
import jp.mypage.training.InvalidCatalogueEntryException;
import jp.mypage.training.SessionNotFoundException;

/**
 * 開催中止: an operator cancels a session. The session takes no more applications, every active
 * seat is released without charge, and every buyer and every named learner is mailed once. The
 * session row is locked first, so an application that took seats meanwhile is released too.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SessionCancellation {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Orders orders;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    /** @return how many orders were affected */
    public int cancelSession(long sessionId, String reason) {
        CourseSession session = Optional.ofNullable(em.find(CourseSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(SessionNotFoundException::new);
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new InvalidCatalogueEntryException("training.sessionCancelled");
        }
        Instant now = clock.instant();
        String actor = context.getCallerPrincipal().getName();
        try {
            session.cancel(now, reason);
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogueEntryException("training.invalid", e.getMessage());
        }
        List<TrainingOrder> affected = em.createQuery("select o from TrainingOrder o where o.session = :session"
                        + " and o.status = :applied", TrainingOrder.class)
                .setParameter("session", session).setParameter("applied", OrderStatus.APPLIED)
                .getResultList();
        Object why = session.getCancelReason().<Object>map(r -> r).orElse(new MailText("reason.none"));
        Set<Long> mailed = new HashSet<>();
        for (TrainingOrder order : affected) {
            for (Seat seat : order.getSeats()) {
                if (seat.isActive()) {
                    em.persist(seat.release(actor, now));
                    seat.getLearner().filter(learner -> mailed.add(learner.getId()))
                            .ifPresent(learner -> outbox.queueBulk(learner, MailTemplate.SESSION_CANCELLED,
                                    learner.getProfile().getPersonName(), links.myPage("my-trainings"),
                                    order.getCourseTitle(), Orders.schedule(order), why));
                }
            }
            order.recalculate();
            Account buyer = order.getBuyer();
            if (mailed.add(buyer.getId())) {
                outbox.queue(buyer, MailTemplate.SESSION_CANCELLED, buyer.getProfile().getPersonName(),
                        orders.orderLink(order), order.getCourseTitle(), Orders.schedule(order), why);
            }
        }
        em.createQuery("update CourseSession s set s.seatsTaken = 0 where s.id = :id").setParameter("id", sessionId)
                .executeUpdate();
        return affected.size();
    }
}
