package jp.mypage.invitation;

import java.io.Serializable;
import java.time.Instant;
import jp.mypage.domain.account.AccountType;

/**
 * An invited account whose holder has not chosen a password yet, for the operator's list.
 *
 * @param displayName the company for a corporate account, the person for a personal one
 * @param lastSentAt when the newest invitation link was mailed
 * @param linkExpired whether that link has expired, so only a re-sent invitation helps
 */
public record PendingInvitation(long accountId, AccountType type, String email, String displayName,
        Instant invitedAt, Instant lastSentAt, boolean linkExpired) implements Serializable {
}
