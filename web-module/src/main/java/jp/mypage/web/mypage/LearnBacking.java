package jp.mypage.web.mypage;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import jp.mypage.common.BusinessException;
import jp.mypage.learning.Classroom;
import jp.mypage.learning.LearningService;
import jp.mypage.learning.LessonPlay;
import jp.mypage.learning.ProgressReport;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.security.SignedInAccount;
import org.omnifaces.util.Faces;

/**
 * 受講する, {@code /mypage/learn?seat=&lesson=}: the lessons of the learner's 動画配信 seat with their
 * progress, and the player of one lesson. The player reports each stretch it played
 * ({@code reportPlayed}); a PDF is marked read. A seat or lesson that is not the caller's shows
 * "not found", never the content.
 */
@Named
@ViewScoped
public class LearnBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LearningService learning;

    @Inject
    private SignedInAccount signedIn;

    private String seat;
    private String lesson;
    private Classroom classroom;
    private LessonPlay play;
    private boolean notFound;
    private ProgressReport last;

    /** The view action. */
    public void load() {
        Optional<Long> seatId = Ids.parse(seat);
        // A company takes no training: 見つかりません without asking the learners' service, whose role
        // refusal the EJB container would log with a stack trace.
        if (seatId.isEmpty() || signedIn.isCorporate()) {
            notFound = true;
            return;
        }
        try {
            classroom = learning.classroom(seatId.get());
            Optional<Long> lessonId = Ids.parse(lesson);
            if (lessonId.isEmpty() && classroom.open()) {
                lessonId = classroom.lessons().stream().filter(step -> !step.completed()).findFirst()
                        .or(() -> classroom.lessons().stream().findFirst()).map(Classroom.LessonStep::lessonId);
            }
            if (lessonId.isPresent() && classroom.open()) {
                play = learning.play(seatId.get(), lessonId.get());
                classroom = learning.classroom(seatId.get());
            }
        } catch (BusinessException e) {
            notFound = classroom == null;
            Messages.error(e);
        } catch (EJBAccessException e) {
            notFound = true;
        }
    }

    /** {@code reportPlayed([{name:'from',value:…},…])} from the player script. */
    public void reportPlayed() {
        if (play == null) {
            return;
        }
        Map<String, String> params = Faces.getRequestParameterMap();
        try {
            last = learning.played(play.seatId(), play.lessonId(), number(params.get("from")), number(params.get("to")),
                    number(params.get("duration")), number(params.get("position")));
            refresh();
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (NumberFormatException e) {
            // a malformed report changes nothing
        }
    }

    /** 読み終えた: a PDF lesson is read. */
    public void markRead() {
        if (play == null) {
            return;
        }
        try {
            last = learning.read(play.seatId(), play.lessonId());
            refresh();
            Messages.info(last.seatCompleted() ? "learn.courseCompleted" : "learn.lessonRead");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    /**
     * The page after a report: from the report alone (one service call per report, every few seconds
     * per viewer), unless the seat completed now, when its date and 修了証 are read again.
     */
    private void refresh() {
        if (last.seatCompleted() || classroom == null) {
            classroom = learning.classroom(play.seatId());
            play = learning.play(play.seatId(), play.lessonId());
        } else {
            classroom = classroom.after(play.lessonId(), last);
            play = play.after(last);
        }
    }

    private static double number(String value) {
        double d = Double.parseDouble(value == null ? "" : value);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new NumberFormatException(value);
        }
        return d;
    }

    public String getContentUrl() {
        return play == null ? null
                : Faces.getRequestContextPath() + "/mypage/lesson-content/" + play.seatId() + "/" + play.lessonId();
    }

    public boolean isCompletedNow() {
        return last != null && last.seatCompleted();
    }

    public Classroom getClassroom() {
        return classroom;
    }

    public LessonPlay getPlay() {
        return play;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getSeat() {
        return seat;
    }

    public void setSeat(String seat) {
        this.seat = seat;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }
}
