package jp.mypage.linking;

/**
 * A learner's link to a company ended (the learner or the company unlinked, or the learner moved to
 * another company), fired in the transaction of the change: the order side returns the learner's
 * unused seats to the company.
 */
public record LinkEnded(long learnerId, long corporateId) {
}
