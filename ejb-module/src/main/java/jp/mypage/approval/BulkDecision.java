package jp.mypage.approval;

import java.util.List;

/**
 * What a bulk 承認する / 承認しない did.
 *
 * @param decided how many applications this call decided
 * @param alreadyDecided ids that were not waiting for a decision (decided meanwhile, by another
 *     operator say, or never pending), unknown ids included
 */
public record BulkDecision(int decided, List<Long> alreadyDecided) {

    public int alreadyDecidedCount() {
        return alreadyDecided.size();
    }
}
