package jp.mypage.order;

import jp.mypage.common.BusinessException;

/** 満席: fewer seats are left than were asked for; nothing was ordered or charged. */
public class SessionFullException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SessionFullException() {
        super("満席: fewer seats are left than were asked for; nothing was ordered or charged");
    }

    @Override
    public String messageKey() {
        return "order.full";
    }
}
