package jp.mypage.learning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.SeatStatus;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.training.SessionNotFoundException;

/**
 * 名簿 and 出席 / 欠席 of live sessions, for operators. Attendance is recorded from the session's start
 * on, and may be corrected: 出席 completes the seat and issues its 修了証; a correction to 欠席
 * revokes the certificate (the verification page then says it is no longer valid).
 */
@Stateless
@RolesAllowed("ADMIN")
public class AttendanceService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CertificateIssuer certificates;

    public Roster roster(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new SessionNotFoundException();
        }
        List<Roster.Row> rows = em.createQuery("select s from Seat s join fetch s.order o left join fetch s.learner"
                        + " where o.session = :session and s.status = :active order by o.orderedAt, s.id", Seat.class)
                .setParameter("session", session).setParameter("active", SeatStatus.ACTIVE)
                .getResultStream()
                .map(seat -> {
                    Account learner = seat.getLearner().orElse(null);
                    return new Roster.Row(seat.getId(), learner == null ? null : learner.getProfile().getPersonName(),
                            learner == null ? null : learner.getProfile().getPersonNameKana(),
                            learner == null ? null : learner.getEmail().value(), seat.getOrder().getBuyer().displayName(),
                            seat.getOrder().getNumber(), seat.getLearningStatus(),
                            seat.getAttendanceRecordedAt().orElse(null));
                })
                .toList();
        return new Roster(session.getId(), session.getCourse().getId(), session.getCourse().getTitle(),
                session.getStartsAt(), session.getEndsAt(), session.getVenue().orElse(session.getMeetingUrl().orElse(null)),
                !clock.instant().isBefore(session.getStartsAt()), rows);
    }

    /**
     * 出席 ({@code attended}) or 欠席 of one seat of the session.
     *
     * @throws AttendanceNotOpenException before the session starts
     * @throws LearningNotFoundException unless the seat is an active, named seat of this session
     */
    public void record(long sessionId, long seatId, boolean attended) {
        Seat seat = em.find(Seat.class, seatId, LockModeType.PESSIMISTIC_WRITE);
        if (seat == null || !seat.isActive() || seat.getLearner().isEmpty()
                || seat.getOrder().getSession().map(s -> s.getId() != sessionId).orElse(true)) {
            throw new LearningNotFoundException();
        }
        CourseSession session = seat.getOrder().getSession().orElseThrow();
        if (clock.instant().isBefore(session.getStartsAt())) {
            throw new AttendanceNotOpenException();
        }
        if (seat.recordAttendance(attended, context.getCallerPrincipal().getName(), clock.instant())) {
            certificates.issue(seat);
        } else if (!attended) {
            certificates.revoke(seat);
        }
    }
}
