package jp.mypage.approval;

import java.time.Instant;
import jp.mypage.domain.account.AccountEventType;
import jp.mypage.domain.account.AccountStatus;

/**
 * One entry of an application's history.
 *
 * @param actor {@code self}, {@code system} or an operator's principal name ({@code operator:12})
 * @param detail the reason of a rejection, or other detail; may be null
 */
public record ApplicationEvent(AccountEventType type, AccountStatus statusAfter, String actor, Instant occurredAt,
        String detail) {
}
