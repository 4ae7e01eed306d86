package jp.mypage.learning;

import java.io.Serializable;

/** What a progress report changed: the lesson's and the seat's percentages, and whether either completed now. */
public record ProgressReport(int lessonPercent, boolean lessonCompleted, int seatPercent, boolean seatCompleted)
        implements Serializable {
}
