package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** The course or session takes no applications now (unpublished, past its deadline, started or cancelled). */
public class ApplicationClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ApplicationClosedException() {
        super("The course or session takes no applications now (unpublished, past its deadline, started or cancelled)");
    }

    @Override
    public String messageKey() {
        return "order.closed";
    }
}
