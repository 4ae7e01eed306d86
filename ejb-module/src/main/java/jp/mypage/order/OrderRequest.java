package jp.mypage.order;

import java.io.Serializable;
import java.util.List;

/**
 * What an application page asks for: a course, its session (live courses), the learners to name
 * (a company's; empty for a personal account, which always applies for itself) and how many seats
 * to name later. {@code requestKey} is the page's one-time key: submitting it twice places one order.
 */
public record OrderRequest(long courseId, Long sessionId, List<Long> learnerIds, int unassignedSeats,
        String requestKey) implements Serializable {

    public OrderRequest {
        learnerIds = learnerIds == null ? List.of() : learnerIds.stream().distinct().toList();
    }
}
