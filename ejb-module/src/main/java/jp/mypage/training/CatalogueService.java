package jp.mypage.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.mypage.domain.training.CapacityBelowSeatsTakenException;
import jp.mypage.domain.training.CancellationPolicy;
import jp.mypage.domain.training.Course;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.CourseTerms;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.domain.training.SessionStatus;
import jp.mypage.domain.training.SessionTerms;

/**
 * 研修管理 for operators: courses and their sessions are created, edited, published and unpublished
 * here. An edit names the version the operator saw; when another operator saved in between, the
 * edit is refused ({@link StaleEntryException}) instead of silently overwriting. Cancelling a
 * session (開催中止) is the order side's {@code SessionCancellation}: it releases seats.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CatalogueService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Catalogue catalogue;

    public List<CourseSummary> courses(CatalogueQuery query, int first, int pageSize) {
        return catalogue.courses(query, false, clock.instant(), first, pageSize);
    }

    public int countCourses(CatalogueQuery query) {
        return catalogue.count(query, false, clock.instant());
    }

    /** A course with all its sessions, newest first. */
    public CourseView course(long courseId) {
        Course course = find(courseId);
        return Catalogue.view(course, catalogue.sessions(course, false, clock.instant()), true, clock.instant());
    }

    /**
     * A new, unpublished course.
     *
     * @throws DuplicateCourseCodeException if another course has the code
     * @throws InvalidCatalogueEntryException if a value breaks a rule
     */
    public long createCourse(String code, DeliveryType delivery, CourseTerms terms) {
        String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", normalised).getResultList().isEmpty()) {
            throw new DuplicateCourseCodeException();
        }
        Course course = checked(() -> new Course(normalised, delivery, checkedTerms(delivery, terms), clock.instant()));
        em.persist(course);
        em.flush();
        return course.getId();
    }

    public void changeCourse(long courseId, long seenVersion, CourseTerms terms) {
        Course course = current(find(courseId), seenVersion, Course::getVersion);
        checked(() -> {
            course.change(checkedTerms(course.getDelivery(), terms), clock.instant());
            return course;
        });
    }

    public void publishCourse(long courseId) {
        find(courseId).publish(clock.instant());
    }

    public void unpublishCourse(long courseId) {
        find(courseId).unpublish(clock.instant());
    }

    /** A new, unpublished session of a live course. */
    public long addSession(long courseId, SessionTerms terms) {
        Course course = find(courseId);
        if (!course.getDelivery().hasSessions()) {
            throw new InvalidCatalogueEntryException("training.noSessionsForElearning");
        }
        CourseSession session = checked(() -> new CourseSession(course, checkedTerms(terms)));
        em.persist(session);
        em.flush();
        return session.getId();
    }

    /** Edits a session under a lock on its row, so the capacity check sees every seat sold so far. */
    public void changeSession(long sessionId, long seenVersion, SessionTerms terms) {
        CourseSession session = current(locked(sessionId), seenVersion, CourseSession::getVersion);
        requireScheduled(session);
        checked(() -> {
            session.change(checkedTerms(terms));
            return session;
        });
        // 受講履歴 sorts and filters by the seat's copy of its session's start.
        em.createQuery("update Seat s set s.scheduleAt = :start where s.order in"
                        + " (select o from TrainingOrder o where o.session = :session)")
                .setParameter("start", session.getStartsAt()).setParameter("session", session).executeUpdate();
    }

    public void publishSession(long sessionId) {
        CourseSession session = locked(sessionId);
        requireScheduled(session);
        session.publish(clock.instant());
    }

    public void unpublishSession(long sessionId) {
        locked(sessionId).unpublish();
    }

    private Course find(long courseId) {
        return Optional.ofNullable(em.find(Course.class, courseId)).orElseThrow(CourseNotFoundException::new);
    }

    private CourseSession locked(long sessionId) {
        return Optional.ofNullable(em.find(CourseSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(SessionNotFoundException::new);
    }

    private static void requireScheduled(CourseSession session) {
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new InvalidCatalogueEntryException("training.sessionCancelled");
        }
    }

    private static <T> T current(T entity, long seenVersion, java.util.function.ToLongFunction<T> version) {
        if (version.applyAsLong(entity) != seenVersion) {
            throw new StaleEntryException();
        }
        return entity;
    }

    /** The rules an operator can break by typing, each with its own message. */
    private static CourseTerms checkedTerms(DeliveryType delivery, CourseTerms terms) {
        if (delivery == DeliveryType.E_LEARNING && terms.accessDays() == null) {
            throw new InvalidCatalogueEntryException("training.accessDaysRequired");
        }
        try {
            new CancellationPolicy(terms.cancellationTiers());
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogueEntryException("training.tiersInvalid");
        }
        return terms;
    }

    private static SessionTerms checkedTerms(SessionTerms terms) {
        if (terms.startsAt() != null && terms.endsAt() != null && !terms.endsAt().isAfter(terms.startsAt())) {
            throw new InvalidCatalogueEntryException("training.endBeforeStart");
        }
        if (terms.startsAt() != null && terms.deadline() != null && terms.deadline().isAfter(terms.startsAt())) {
            throw new InvalidCatalogueEntryException("training.deadlineAfterStart");
        }
        return terms;
    }

    /** Runs a domain change; a rule the page did not check first becomes a message instead of an error page. */
    private static <T> T checked(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (CapacityBelowSeatsTakenException e) {
            throw new InvalidCatalogueEntryException("training.capacityBelowSeats", e.seatsTaken());
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogueEntryException("training.invalid", e.getMessage());
        }
    }

}
