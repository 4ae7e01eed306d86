package jp.mypage.learning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.mypage.domain.learning.Lesson;
import jp.mypage.domain.learning.LessonKind;
import jp.mypage.domain.training.Course;
import jp.mypage.domain.training.DeliveryType;
import jp.mypage.training.CourseNotFoundException;

/**
 * 研修管理 of a 動画配信 course's lessons: upload a video (MP4, WebM) or a PDF, rename, reorder,
 * remove. The file's kind is read from its first bytes, not from its name or the browser's claim.
 * Adding or removing a lesson changes what completes the course for learners who have not completed
 * it yet; completed seats stay completed.
 */
@Stateless
@RolesAllowed("ADMIN")
public class LessonAdministration {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ContentStore store;

    @Inject
    private Lessons lessons;

    public List<LessonView> lessons(long courseId) {
        return lessons.of(courseId).stream().map(LessonAdministration::view).toList();
    }

    public long maxUploadBytes() {
        return store.maxBytes();
    }

    /**
     * Stores the upload as the course's last lesson.
     *
     * @throws NotTakeableException unless the course is 動画配信
     * @throws UnsupportedContentException unless the file is a PDF, MP4 or WebM
     * @throws ContentTooLargeException beyond the store's limit
     */
    public long add(long courseId, String title, String fileName, InputStream upload) {
        Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            throw new CourseNotFoundException();
        }
        if (course.getDelivery() != DeliveryType.E_LEARNING) {
            throw new NotTakeableException();
        }
        String name = Optional.ofNullable(fileName).map(n -> n.replaceAll(".*[/\\\\]", "")).filter(n -> !n.isBlank())
                .orElse("lesson");
        String lessonTitle = title == null || title.isBlank() ? name.replaceFirst("\\.[^.]*$", "") : title;
        if (lessonTitle.strip().length() > Lesson.TITLE_MAX) {
            throw new InvalidLessonException();
        }
        ContentStore.Stored stored = store.store(upload);
        try {
            String type = LessonKind.sniff(stored.head()).orElseThrow(UnsupportedContentException::new);
            LessonKind kind = LessonKind.of(type).orElseThrow(UnsupportedContentException::new);
            int position = lessons.of(courseId).stream().mapToInt(Lesson::getPosition).max().orElse(0) + 1;
            Lesson lesson = new Lesson(courseId, position, lessonTitle, kind, type, name, stored.size(), stored.key(),
                    stored.sha256(), context.getCallerPrincipal().getName(), clock.instant());
            em.persist(lesson);
            em.flush();
            return lesson.getId();
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }

    public void rename(long lessonId, long seenVersion, String title) {
        Lesson lesson = current(lessonId, seenVersion);
        try {
            lesson.rename(title == null ? "" : title);
        } catch (IllegalArgumentException e) {
            throw new InvalidLessonException();
        }
    }

    /** Moves the lesson one place up ({@code -1}) or down ({@code +1}) among its course's lessons. */
    public void move(long lessonId, int direction) {
        Lesson lesson = find(lessonId);
        em.find(Course.class, lesson.getCourseId(), LockModeType.PESSIMISTIC_WRITE);
        List<Lesson> all = lessons.of(lesson.getCourseId());
        int index = all.indexOf(lesson);
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= all.size()) {
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i + 1);
        }
        all.get(index).moveTo(other + 1);
        all.get(other).moveTo(index + 1);
    }

    /** Removes the lesson and its file; the learners' progress against it stays as history. */
    public void remove(long lessonId, long seenVersion) {
        Lesson lesson = current(lessonId, seenVersion);
        lesson.remove(clock.instant());
        String key = lesson.getStorageKey();
        em.flush();
        store.delete(key);
    }

    private Lesson current(long lessonId, long seenVersion) {
        Lesson lesson = find(lessonId);
        if (lesson.getVersion() != seenVersion) {
            throw new jp.mypage.training.StaleEntryException();
        }
        return lesson;
    }

    private Lesson find(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || lesson.isRemoved()) {
            throw new LessonNotFoundException();
        }
        return lesson;
    }

    private static LessonView view(Lesson lesson) {
        return new LessonView(lesson.getId(), lesson.getVersion(), lesson.getPosition(), lesson.getTitle(),
                lesson.getKind(), lesson.getFileName(), lesson.getSizeBytes(), lesson.getCreatedAt());
    }
}
