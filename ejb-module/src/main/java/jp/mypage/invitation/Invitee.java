package jp.mypage.invitation;

import java.io.Serializable;
import jp.mypage.domain.account.AccountType;

/**
 * Whom a usable invitation link invites, as its page shows it before the password is chosen.
 *
 * @param displayName the company for a corporate account, the person for a personal one
 */
public record Invitee(AccountType type, String email, String displayName) implements Serializable {
}
