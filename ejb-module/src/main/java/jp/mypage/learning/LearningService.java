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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.learning.Lesson;
import jp.mypage.domain.learning.LessonKind;
import jp.mypage.domain.learning.LessonProgress;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.SeatStatus;
import jp.mypage.domain.training.DeliveryType;

/**
 * 受講する, for the learner who holds the seat, whoever bought it. Every method looks the seat up among
 * the caller's own active seats, so another learner's seat id (or a company) finds nothing; a
 * corporate account never reaches this bean (role PERSONAL). Content opens within the access period
 * only; after it the history stays readable in 受講履歴.
 */
@Stateless
@RolesAllowed("PERSONAL")
public class LearningService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private Lessons lessons;

    @Inject
    private ContentStore store;

    @Inject
    private CertificateIssuer certificates;

    /** The lessons of the caller's 動画配信 seat, with their progress. */
    public Classroom classroom(long seatId) {
        Seat seat = mySeat(seatId);
        long courseId = eLearningCourse(seat);
        Map<Long, LessonProgress> progress = progressOf(seat);
        List<Classroom.LessonStep> steps = lessons.of(courseId).stream().map(lesson -> {
            LessonProgress p = progress.get(lesson.getId());
            return new Classroom.LessonStep(lesson.getId(), lesson.getPosition(), lesson.getTitle(), lesson.getKind(),
                    p == null ? 0 : p.getPercent(), p != null && p.isCompleted());
        }).toList();
        return new Classroom(seat.getId(), seat.getOrder().getCourseTitle(), seat.getAccessEndsAt().orElse(null),
                seat.isOpenAt(clock.instant()), seat.getLearningStatus().shown(seat.getAccessEndsAt().orElse(null),
                        clock.instant()), seat.getProgressPercent(), seat.getCompletedAt().orElse(null), steps);
    }

    /**
     * Opens a lesson in the player: the first lesson opened makes the seat 受講中.
     *
     * @throws AccessEndedException after the access period
     */
    public LessonPlay play(long seatId, long lessonId) {
        Seat seat = openSeat(seatId);
        Lesson lesson = lessonOf(seat, lessonId);
        seat.markUsed(clock.instant());
        LessonProgress progress = progress(seat, lesson);
        List<Lesson> all = lessons.of(lesson.getCourseId());
        int index = all.indexOf(lesson);
        Long next = index + 1 < all.size() ? all.get(index + 1).getId() : null;
        return new LessonPlay(seat.getId(), lesson.getId(), seat.getOrder().getCourseTitle(), lesson.getTitle(),
                lesson.getKind(), lesson.getContentType(), progress.getResumeSeconds(), progress.getPercent(),
                progress.isCompleted(), next);
    }

    /**
     * The player played {@code from}..{@code to} seconds without seeking, of a video {@code duration}
     * seconds long, and is at {@code position}.
     */
    public ProgressReport played(long seatId, long lessonId, double from, double to, double duration, double position) {
        Seat seat = openSeat(seatId);
        Lesson lesson = lessonOf(seat, lessonId);
        if (lesson.getKind() != LessonKind.VIDEO) {
            throw new LessonNotFoundException();
        }
        LessonProgress progress = progress(seat, lesson);
        boolean lessonDone;
        try {
            lessonDone = to > from ? progress.played(from, to, duration, position, clock.instant()) : false;
            if (to <= from) {
                progress.resumeAt(position, clock.instant());
            }
        } catch (IllegalArgumentException e) {
            throw new LessonNotFoundException();
        }
        return recount(seat, progress, lessonDone);
    }

    /** A PDF lesson was read to its last page, or marked read. */
    public ProgressReport read(long seatId, long lessonId) {
        Seat seat = openSeat(seatId);
        Lesson lesson = lessonOf(seat, lessonId);
        LessonProgress progress = progress(seat, lesson);
        return recount(seat, progress, progress.read(clock.instant()));
    }

    /** The lesson's file, for the caller's open seat only. */
    public LessonFile content(long seatId, long lessonId) {
        Seat seat = mySeat(seatId);
        if (!seat.isOpenAt(clock.instant())) {
            throw new AccessEndedException();
        }
        Lesson lesson = lessonOf(seat, lessonId);
        return new LessonFile(store.file(lesson.getStorageKey()), lesson.getContentType(), lesson.getFileName());
    }

    private ProgressReport recount(Seat seat, LessonProgress changed, boolean lessonDone) {
        em.flush();
        List<Lesson> current = lessons.of(seat.getOrder().getCourse().getId());
        Map<Long, LessonProgress> progress = progressOf(seat);
        progress.put(changed.getLessonId(), changed);
        int total = current.size();
        long done = current.stream().filter(l -> progress.containsKey(l.getId()) && progress.get(l.getId()).isCompleted())
                .count();
        int sum = current.stream().mapToInt(l -> {
            LessonProgress p = progress.get(l.getId());
            return p == null ? 0 : p.isCompleted() ? 100 : p.getPercent();
        }).sum();
        int percent = total == 0 ? 0 : done == total ? 100 : Math.min(99, sum / total);
        boolean seatDone = seat.progressed(percent, clock.instant());
        if (seatDone) {
            certificates.issue(seat);
        }
        return new ProgressReport(changed.getPercent(), lessonDone, seat.getProgressPercent(), seatDone);
    }

    private LessonProgress progress(Seat seat, Lesson lesson) {
        return em.createQuery("select p from LessonProgress p where p.seatId = :seat and p.lessonId = :lesson",
                        LessonProgress.class)
                .setParameter("seat", seat.getId()).setParameter("lesson", lesson.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    LessonProgress created = new LessonProgress(seat.getId(), lesson.getId(), clock.instant());
                    em.persist(created);
                    return created;
                });
    }

    private Map<Long, LessonProgress> progressOf(Seat seat) {
        return em.createQuery("select p from LessonProgress p where p.seatId = :seat", LessonProgress.class)
                .setParameter("seat", seat.getId()).getResultStream()
                .collect(Collectors.toMap(LessonProgress::getLessonId, Function.identity()));
    }

    private Lesson lessonOf(Seat seat, long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || lesson.isRemoved() || lesson.getCourseId() != eLearningCourse(seat)) {
            throw new LessonNotFoundException();
        }
        return lesson;
    }

    private static long eLearningCourse(Seat seat) {
        if (seat.getOrder().getDelivery() != DeliveryType.E_LEARNING) {
            throw new NotTakeableException();
        }
        return seat.getOrder().getCourse().getId();
    }

    /** The caller's seat, locked: progress reports of two tabs are counted one after the other. */
    private Seat openSeat(long seatId) {
        Seat seat = mySeat(seatId);
        em.lock(seat, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(seat);
        Instant now = clock.instant();
        if (!seat.isOpenAt(now)) {
            throw new AccessEndedException();
        }
        return seat;
    }

    private Seat mySeat(long seatId) {
        Account me = accounts.caller(context.getCallerPrincipal());
        return em.createQuery("select s from Seat s join fetch s.order o where s.id = :id and s.learner = :me"
                        + " and s.status = :active", Seat.class)
                .setParameter("id", seatId).setParameter("me", me).setParameter("active", SeatStatus.ACTIVE)
                .getResultStream().findFirst().orElseThrow(LearningNotFoundException::new);
    }
}
