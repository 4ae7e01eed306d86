package jp.mypage.linking;

import jp.mypage.common.BusinessException;

/**
 * The learner made as many new links or requests lately as a day allows; each mails a company, so
 * changing company waits.
 */
public class LinkChangesExceededException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LinkChangesExceededException() {
        super("Too many link changes");
    }

    @Override
    public String messageKey() {
        return "linking.tooManyChanges";
    }
}
