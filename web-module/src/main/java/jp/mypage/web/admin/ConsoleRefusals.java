package jp.mypage.web.admin;

import jp.mypage.common.BusinessException;
import jp.mypage.web.i18n.Messages;

/** A refusal of 研修管理 or 申込管理 as a page message: the exception's key, with its arguments. */
final class ConsoleRefusals {

    private ConsoleRefusals() {
    }

    static void show(BusinessException e) {
        Messages.error(e.messageKey(), e.messageArguments());
    }
}
