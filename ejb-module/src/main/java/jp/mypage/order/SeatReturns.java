package jp.mypage.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.SeatStatus;
import jp.mypage.domain.order.TrainingOrder;
import jp.mypage.linking.LinkEnded;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;

/**
 * When a learner's link to a company ends, the company's unused seats of that learner (not yet
 * started, not used) become unnamed again, in the same transaction, and the company is mailed
 * once per order. Seats already used stay the learner's: their history is the learner's.
 */
@ApplicationScoped
public class SeatReturns {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Orders orders;

    @Inject
    private MailOutbox outbox;

    void linkEnded(@Observes LinkEnded ended) {
        Instant now = clock.instant();
        List<Seat> seats = em.createQuery("select s from Seat s join s.order o where s.learner.id = :learner"
                        + " and o.buyer.id = :corporate and s.status = :active", Seat.class)
                .setParameter("learner", ended.learnerId()).setParameter("corporate", ended.corporateId())
                .setParameter("active", SeatStatus.ACTIVE)
                .getResultList();
        Map<TrainingOrder, Integer> returned = new LinkedHashMap<>();
        String learnerName = null;
        for (Seat seat : seats) {
            if (Orders.changeable(seat, now)) {
                learnerName = seat.getLearner().map(l -> l.getProfile().getPersonName()).orElse(null);
                em.persist(seat.returnToBuyer("link ended", now));
                returned.merge(seat.getOrder(), 1, Integer::sum);
            }
        }
        for (Map.Entry<TrainingOrder, Integer> entry : returned.entrySet()) {
            TrainingOrder order = entry.getKey();
            Account company = order.getBuyer();
            outbox.queue(company, MailTemplate.SEATS_RETURNED, company.getProfile().getPersonName(),
                    orders.orderLink(order), learnerName, entry.getValue(), order.getCourseTitle());
        }
    }
}
