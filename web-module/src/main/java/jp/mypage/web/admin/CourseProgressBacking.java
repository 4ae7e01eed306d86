package jp.mypage.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.mypage.history.CourseCompletion;
import jp.mypage.history.LearningHistoryService;
import jp.mypage.web.i18n.Messages;

/**
 * 受講状況, {@code /admin/progress?course=<id>}: a course's seats per session (one row for 動画配信)
 * with their 未受講 / 受講中 / 修了 / 欠席 / 期限切れ counts and 修了率, and the course's total.
 */
@Named
@RequestScoped
public class CourseProgressBacking {

    @Inject
    private LearningHistoryService history;

    private String course;
    private List<CourseCompletion> sessions = List.of();
    private CourseCompletion total;

    /** The page's view action; a course id that does not parse or has no seats shows a message, not an error. */
    public void load() {
        Long id = parse(course);
        if (id == null) {
            Messages.error("adminProgress.notFound");
            return;
        }
        sessions = history.courseProgress(id);
        if (sessions.isEmpty()) {
            Messages.info("adminProgress.noSeats");
            return;
        }
        total = new CourseCompletion(id, sessions.get(0).title(), null,
                sessions.stream().mapToLong(CourseCompletion::seats).sum(),
                sessions.stream().mapToLong(CourseCompletion::notStarted).sum(),
                sessions.stream().mapToLong(CourseCompletion::inProgress).sum(),
                sessions.stream().mapToLong(CourseCompletion::completed).sum(),
                sessions.stream().mapToLong(CourseCompletion::absent).sum(),
                sessions.stream().mapToLong(CourseCompletion::expired).sum());
    }

    private static Long parse(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public List<CourseCompletion> getSessions() {
        return sessions;
    }

    public CourseCompletion getTotal() {
        return total;
    }
}
