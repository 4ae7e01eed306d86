package jp.mypage.linking;

import jp.mypage.common.BusinessException;

/**
 * The link or request the company acted on is not one of its own in the expected state: it was
 * withdrawn, decided or ended meanwhile, or it never belonged to the company.
 */
public class LinkNotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public LinkNotFoundException() {
        super("No such link or request of the caller");
    }

    @Override
    public String messageKey() {
        return "linking.notFound";
    }
}
