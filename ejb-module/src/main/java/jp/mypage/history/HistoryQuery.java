package jp.mypage.history;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import jp.mypage.common.LikePatterns;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.profile.Text;

/**
 * What a 受講履歴 table shows: the learner (a search over name, フリガナ and email, or one learner's
 * id: the per-learner view), 部署, the course, the period (days in Japan, on the date the table
 * shows: a session's start, or a 動画配信 seat's access end), the 状態 as shown (期限切れ included),
 * and the order. Blank or null parts do not filter. A learner's own history ignores the learner and
 * department parts.
 */
public record HistoryQuery(String learner, Long learnerId, String department, Long courseId, LocalDate from,
        LocalDate to, LearningStatus status, HistorySort sort, boolean ascending) implements Serializable {

    public static final int SEARCH_MAX = 100;

    public HistoryQuery {
        learner = cut(Text.normalise(learner));
        department = cut(Text.normalise(department));
        sort = Objects.requireNonNullElse(sort, HistorySort.SCHEDULE);
    }

    /** Everything, newest trainings first. */
    public static HistoryQuery all() {
        return new HistoryQuery(null, null, null, null, null, null, null, HistorySort.SCHEDULE, false);
    }

    public HistoryQuery withLearnerId(Long id) {
        return new HistoryQuery(learner, id, department, courseId, from, to, status, sort, ascending);
    }

    public HistoryQuery sorted(HistorySort by, boolean up) {
        return new HistoryQuery(learner, learnerId, department, courseId, from, to, status, by, up);
    }

    /** Whether the period is the wrong way round (the page says so instead of showing nothing). */
    public boolean periodReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    boolean hasLearnerSearch() {
        return learner != null && !learner.isEmpty();
    }

    boolean hasDepartment() {
        return department != null && !department.isEmpty();
    }

    String likePattern() {
        return LikePatterns.containing(learner);
    }

    String kanaLikePattern() {
        return LikePatterns.containingKana(learner);
    }

    /** Blank is no filter (null), so that equal filters are equal queries; long text is cut. */
    private static String cut(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.length() > SEARCH_MAX ? text.substring(0, SEARCH_MAX) : text;
    }
}
