package jp.mypage.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mypage.domain.training.Course;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.domain.training.SessionStatus;

/**
 * The catalogue's queries, shared by the operators' 研修管理 and the learners' 研修一覧: courses
 * matching a search, paged in the database, and their records for pages.
 */
@ApplicationScoped
public class Catalogue {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final int PAGE_MAX = 100;

    private static final String UPCOMING = "select s from CourseSession s where s.course = c and s.status = :scheduled"
            + " and s.publishedAt is not null and s.startsAt > :now%s";

    @PersistenceContext
    private EntityManager em;

    /** A page of courses; {@code offered}: only published courses that can be applied for (learners' view). */
    List<CourseSummary> courses(CatalogueQuery query, boolean offered, Instant now, int first, int pageSize) {
        List<Course> courses = bind(em.createQuery("select c from Course c" + where(query, offered)
                + " order by c.code", Course.class), query, offered, now)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), PAGE_MAX))
                .getResultList();
        Map<Long, Long> upcoming = upcomingSessions(courses, now);
        return courses.stream().map(c -> summary(c, upcoming.getOrDefault(c.getId(), 0L))).toList();
    }

    int count(CatalogueQuery query, boolean offered, Instant now) {
        return bind(em.createQuery("select count(c) from Course c" + where(query, offered), Long.class), query, offered, now)
                .getSingleResult().intValue();
    }

    /** The conditions of the query, joined; none for the whole catalogue. */
    private static String where(CatalogueQuery query, boolean offered) {
        List<String> conditions = new java.util.ArrayList<>();
        if (query.hasSearch()) {
            conditions.add("(lower(c.title) like :pattern escape '\\' or lower(c.code) like :pattern escape '\\')");
        }
        if (query.delivery() != null) {
            conditions.add("c.delivery = :delivery");
        }
        if (offered) {
            conditions.add("c.publishedAt is not null");
        }
        if (offered || query.month() != null) {
            String month = query.month() == null ? "" : " and s.startsAt >= :monthStart and s.startsAt < :monthEnd";
            String sessions = "exists (" + UPCOMING.formatted(month) + ")";
            conditions.add(query.month() == null ? "(c.delivery = :elearning or " + sessions + ")" : sessions);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, CatalogueQuery query, boolean offered, Instant now) {
        if (query.hasSearch()) {
            q.setParameter("pattern", query.likePattern());
        }
        if (query.delivery() != null) {
            q.setParameter("delivery", query.delivery());
        }
        if (offered || query.month() != null) {
            q.setParameter("scheduled", SessionStatus.SCHEDULED).setParameter("now", now);
            if (query.month() == null) {
                q.setParameter("elearning", DeliveryType.E_LEARNING);
            } else {
                q.setParameter("monthStart", query.month().atDay(1).atStartOfDay(JAPAN).toInstant())
                        .setParameter("monthEnd", query.month().plusMonths(1).atDay(1).atStartOfDay(JAPAN).toInstant());
            }
        }
        return q;
    }

    private Map<Long, Long> upcomingSessions(List<Course> courses, Instant now) {
        if (courses.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s.course.id, count(s) from CourseSession s where s.course in :courses"
                        + " and s.status = :scheduled and s.startsAt > :now group by s.course.id", Object[].class)
                .setParameter("courses", courses)
                .setParameter("scheduled", SessionStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** The sessions of a course: all of them (operators), or only the published upcoming ones (learners). */
    List<CourseSession> sessions(Course course, boolean offered, Instant now) {
        String jpql = offered
                ? "select s from CourseSession s where s.course = :course and s.status = :scheduled and s.publishedAt is not null"
                        + " and s.startsAt > :now order by s.startsAt, s.id"
                : "select s from CourseSession s where s.course = :course order by s.startsAt desc, s.id desc";
        TypedQuery<CourseSession> q = em.createQuery(jpql, CourseSession.class).setParameter("course", course);
        if (offered) {
            q.setParameter("scheduled", SessionStatus.SCHEDULED).setParameter("now", now);
        }
        return q.getResultList();
    }

    static CourseSummary summary(Course c, long upcoming) {
        return new CourseSummary(c.getId(), c.getCode(), c.getTitle(), c.getDelivery(), c.getPrice(),
                c.priceIncludingTax(), c.getTaxRate(), c.getAccessDays().orElse(null), c.isPublished(), upcoming);
    }

    static CourseView view(Course c, List<CourseSession> sessions, boolean forOperator, Instant now) {
        return new CourseView(c.getId(), c.getVersion(), c.getCode(), c.getTitle(), c.getDescription(), c.getDelivery(),
                c.getPrice(), c.getTaxRate(), c.priceIncludingTax(), c.getAccessDays().orElse(null), c.isPublished(),
                c.cancellationPolicy().tiers().stream()
                        .map(t -> new CourseView.Tier(t.getDaysBefore(), t.getFeePercent())).toList(),
                sessions.stream().map(s -> view(s, forOperator, now)).toList());
    }

    static SessionView view(CourseSession s, boolean forOperator, Instant now) {
        return new SessionView(s.getId(), s.getVersion(), s.getStartsAt(), s.getEndsAt(), s.getDeadline(),
                s.getVenue().orElse(null), forOperator ? s.getMeetingUrl().orElse(null) : null, s.getCapacity(),
                s.getSeatsTaken(), s.seatsLeft(), s.isPublished(), s.getStatus(), s.getCancelReason().orElse(null),
                s.isOpenAt(now) && s.seatsLeft() > 0);
    }

}
