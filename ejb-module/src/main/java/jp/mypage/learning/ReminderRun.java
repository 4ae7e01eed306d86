package jp.mypage.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.domain.linking.CorporateLinkPolicy;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.SeatStatus;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.mail.MailOutbox;
import jp.mypage.mail.MailTemplate;
import jp.mypage.mail.PortalLinks;
import jp.mypage.training.Catalogue;

/**
 * What the reminders send, through the outbox:
 * <ul>
 * <li>to a learner whose 動画配信 seat is assigned but not started, 7 days before its access period ends;</li>
 * <li>to a learner of a live session, the day before it (Japan time);</li>
 * <li>on Mondays, to each company that switched the digest on in 連携の設定, the incomplete seats it bought.</li>
 * </ul>
 * Each is sent once: a conditional update claims it first.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ReminderRun {

    static final Duration EXPIRY_NOTICE = Duration.ofDays(7);
    static final int DIGEST_LINES = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PortalLinks links;

    /** @return how many mails were queued */
    public int all(boolean digests) {
        return accessEnding() + sessionsTomorrow() + (digests ? weeklyDigests() : 0);
    }

    public int accessEnding() {
        Instant now = clock.instant();
        List<Seat> due = em.createQuery("select s from Seat s join fetch s.order o join fetch s.learner"
                        + " where s.status = :active and o.delivery = :eLearning and s.learningStatus = :notStarted"
                        + " and s.expiryRemindedAt is null and s.accessEndsAt > :now and s.accessEndsAt <= :soon", Seat.class)
                .setParameter("active", SeatStatus.ACTIVE).setParameter("eLearning", DeliveryType.E_LEARNING)
                .setParameter("notStarted", LearningStatus.NOT_STARTED).setParameter("now", now)
                .setParameter("soon", now.plus(EXPIRY_NOTICE)).setMaxResults(5000).getResultList();
        int sent = 0;
        for (Seat seat : due) {
            if (claim("expiryRemindedAt", seat, now)) {
                Account learner = seat.getLearner().orElseThrow();
                String lastDay = DAY.format(seat.getAccessEndsAt().orElseThrow().minusNanos(1).atZone(Catalogue.JAPAN));
                outbox.queueBulk(learner, MailTemplate.ACCESS_ENDING, learner.getProfile().getPersonName(),
                        links.myPage("my-trainings"), seat.getOrder().getCourseTitle(), lastDay);
                sent++;
            }
        }
        return sent;
    }

    public int sessionsTomorrow() {
        Instant now = clock.instant();
        LocalDate tomorrow = now.atZone(Catalogue.JAPAN).toLocalDate().plusDays(1);
        Instant from = tomorrow.atStartOfDay(Catalogue.JAPAN).toInstant();
        Instant to = tomorrow.plusDays(1).atStartOfDay(Catalogue.JAPAN).toInstant();
        List<Seat> due = em.createQuery("select s from Seat s join fetch s.order o join fetch o.session cs join fetch s.learner"
                        + " where s.status = :active and s.sessionRemindedAt is null"
                        + " and cs.startsAt >= :from and cs.startsAt < :to", Seat.class)
                .setParameter("active", SeatStatus.ACTIVE).setParameter("from", from).setParameter("to", to)
                .setMaxResults(5000).getResultList();
        int sent = 0;
        for (Seat seat : due) {
            if (claim("sessionRemindedAt", seat, now)) {
                Account learner = seat.getLearner().orElseThrow();
                CourseSession session = seat.getOrder().getSession().orElseThrow();
                boolean english = "en".equals(learner.getLocale().getLanguage());
                ZonedDateTime start = session.getStartsAt().atZone(Catalogue.JAPAN);
                String schedule = TIME.format(start) + "–" + DateTimeFormatter.ofPattern("HH:mm")
                        .format(session.getEndsAt().atZone(Catalogue.JAPAN)) + " (JST)";
                String place = session.getVenue().orElse(english ? "Online (the meeting URL appears in My trainings)"
                        : "オンライン（参加URLは受講予定に表示されます）");
                outbox.queueBulk(learner, MailTemplate.SESSION_TOMORROW, learner.getProfile().getPersonName(),
                        links.myPage("my-trainings"), seat.getOrder().getCourseTitle(), schedule, place);
                sent++;
            }
        }
        return sent;
    }

    public int weeklyDigests() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> companies = em.createNativeQuery("SELECT corporate_id FROM corporate_link_policy"
                + " WHERE weekly_digest = TRUE AND (digest_sent_at IS NULL OR digest_sent_at < ?)")
                .setParameter(1, now.minus(Duration.ofDays(6))).getResultList();
        int sent = 0;
        for (Number id : companies) {
            CorporateLinkPolicy policy = em.find(CorporateLinkPolicy.class, id.longValue());
            Account company = em.find(Account.class, id.longValue());
            int claimed = em.createQuery("update CorporateLinkPolicy p set p.digestSentAt = :now where p.corporateId = :id"
                            + " and (p.digestSentAt is null or p.digestSentAt < :since)")
                    .setParameter("now", now).setParameter("id", id.longValue())
                    .setParameter("since", now.minus(Duration.ofDays(6))).executeUpdate();
            if (claimed != 1 || policy == null || company == null) {
                continue;
            }
            List<Seat> open = em.createQuery("select s from Seat s join fetch s.order o join fetch s.learner"
                            + " where o.buyer = :company and s.status = :active"
                            + " and s.learningStatus in :incomplete and (s.accessEndsAt is null or s.accessEndsAt > :now)"
                            + " order by s.accessEndsAt, s.id", Seat.class)
                    .setParameter("company", company).setParameter("active", SeatStatus.ACTIVE)
                    .setParameter("incomplete", List.of(LearningStatus.NOT_STARTED, LearningStatus.IN_PROGRESS))
                    .setParameter("now", now).getResultList();
            open = open.stream().filter(s -> s.getOrder().getSession().map(cs -> cs.getEndsAt().isAfter(now)
                    || s.getLearningStatus() == LearningStatus.IN_PROGRESS).orElse(true)).toList();
            if (open.isEmpty()) {
                continue;
            }
            boolean english = "en".equals(company.getLocale().getLanguage());
            StringBuilder lines = new StringBuilder();
            open.stream().limit(DIGEST_LINES).forEach(s -> lines.append("・").append(s.getLearner().orElseThrow()
                    .getProfile().getPersonName()).append(" / ").append(s.getOrder().getCourseTitle())
                    .append(" / ").append(s.getLearningStatus() == LearningStatus.IN_PROGRESS
                            ? (english ? "in progress " : "受講中 ") + s.getProgressPercent() + "%"
                            : (english ? "not started" : "未受講"))
                    .append(s.getAccessEndsAt().map(end -> (english ? " (until " : "（") + DAY.format(end.minusNanos(1)
                            .atZone(Catalogue.JAPAN)) + (english ? ")" : "まで）")).orElse(""))
                    .append('\n'));
            if (open.size() > DIGEST_LINES) {
                lines.append(english ? "… and " + (open.size() - DIGEST_LINES) + " more" : "ほか " + (open.size() - DIGEST_LINES) + " 件");
            }
            outbox.queue(company, MailTemplate.WEEKLY_DIGEST, company.getProfile().getPersonName(),
                    links.myPage("learning-history"), open.size(), lines.toString().strip());
            sent++;
        }
        return sent;
    }

    private boolean claim(String field, Seat seat, Instant now) {
        return em.createQuery("update Seat s set s." + field + " = :now where s.id = :id and s." + field + " is null")
                .setParameter("now", now).setParameter("id", seat.getId()).executeUpdate() == 1;
    }
}
