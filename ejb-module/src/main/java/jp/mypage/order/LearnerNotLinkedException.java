package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** A learner of the application is not linked to the company (forged, unlinked meanwhile, or another company's). */
public class LearnerNotLinkedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LearnerNotLinkedException() {
        super("A learner of the application is not linked to the company (forged, unlinked meanwhile, or another company's)");
    }

    @Override
    public String messageKey() {
        return "order.learnerNotLinked";
    }
}
