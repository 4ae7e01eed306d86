package jp.mypage.domain.training;

import java.time.Instant;

/** What an operator sets of a 開催回: start and end, 申込締切, venue or meeting URL, 定員. */
public record SessionTerms(Instant startsAt, Instant endsAt, Instant deadline, String venue, String meetingUrl,
        int capacity) {
}
