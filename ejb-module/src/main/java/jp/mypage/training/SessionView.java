package jp.mypage.training;

import java.io.Serializable;
import java.time.Instant;
import jp.mypage.domain.training.SessionStatus;

/**
 * A 開催回 as a page shows it. {@code meetingUrl} is filled for operators only: learners see it on
 * their own seats. {@code open}: an application can be taken now (published, before 申込締切, seats left).
 */
public record SessionView(long id, long version, Instant startsAt, Instant endsAt, Instant deadline, String venue,
        String meetingUrl, int capacity, int seatsTaken, int seatsLeft, boolean published, SessionStatus status,
        String cancelReason, boolean open) implements Serializable {

    public boolean isFull() {
        return seatsLeft == 0;
    }
}
